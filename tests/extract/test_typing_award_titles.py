"""Awards and shows titled like people: "the Harbour Award", "Moon River the musical"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_ending_in_award_is_no_person(nlp: Language) -> None:
    """ "the Dana Wexley Award": a prize named after someone is no one."""
    kinds = person_labelled_kinds(
        nlp, "She was given the Dana Wexley Award at a dinner in Leeds.", ["Dana Wexley Award"]
    )
    assert "Dana Wexley Award" not in kinds


def test_the_name_before_winner_is_what_was_won(nlp: Language) -> None:
    """ "Rosa Penhale winner Jo Ames": a contest named after someone, then its winner."""
    kinds = person_labelled_kinds(
        nlp,
        "Rosa Penhale winner Jo Ames will host the show next year.",
        ["Rosa Penhale", "Jo Ames"],
    )
    assert "Rosa Penhale" not in kinds
    assert kinds.get("Jo Ames") == "person"


def test_a_name_before_the_musical_is_the_show(nlp: Language) -> None:
    """ "Benny Marlow the musical": the show, named after its hero."""
    kinds = person_labelled_kinds(
        nlp,
        "Benny Marlow the musical had a standing ovation on its first night.",
        ["Benny Marlow"],
    )
    assert "Benny Marlow" not in kinds
    # "Jo Ames the film director": "the film" opens her job, not a title.
    kinds = person_labelled_kinds(nlp, "Jo Ames the film director was there.", ["Jo Ames"])
    assert kinds.get("Jo Ames") == "person"


def test_a_name_ending_in_an_ing_form_with_no_given_name_is_a_show(nlp: Language) -> None:
    """ "Keep Dancing" read as a person is a show's title; "Ann Stocking" keeps her surname."""
    text = "Fans of Keep Dancing were delighted when Ann Stocking returned."
    kinds = person_labelled_kinds(nlp, text, ["Keep Dancing", "Ann Stocking"])
    assert "Keep Dancing" not in kinds
    assert kinds.get("Ann Stocking") == "person"


def test_what_a_role_is_in_is_a_work(nlp: Language) -> None:
    """ "her role in Harbour Lights!": a part is played in a show, not in a person."""
    kinds = person_labelled_kinds(
        nlp,
        "Critics praised Nadia Quell for her role in Harbour Lights! at the Lyric this spring.",
        ["Nadia Quell", "Harbour Lights"],
    )
    assert "Harbour Lights" not in kinds
    kinds = person_labelled_kinds(
        nlp, "Police are looking into her role in Kit Danby's escape.", ["Kit Danby"]
    )
    assert kinds.get("Kit Danby") == "person"


def test_what_is_made_into_a_film_is_a_work(nlp: Language) -> None:
    """ "Corin Gale is to be made into a film": a game or a book is adapted, not a person."""
    kinds = person_labelled_kinds(
        nlp,
        "Corin Gale is to be made into a film, and a studio will turn Tess Marlowe into a "
        "musical. The contest turned Jo Pettifer into a star.",
        ["Corin Gale", "Tess Marlowe", "Jo Pettifer"],
    )
    assert "Corin Gale" not in kinds
    assert "Tess Marlowe" not in kinds
    assert kinds.get("Jo Pettifer") == "person"
