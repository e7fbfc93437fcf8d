"""Names that follow-ups ("sequels to") or makers and stars ("the maker of") are of are works."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_sequels_to_two_names_make_both_works(nlp: Language) -> None:
    """ "Sequels to X and Y are planned": both names are works."""
    text = "Sequels to Tamsin Holloway and Dario Penhale are planned for the autumn, it said."
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway", "Dario Penhale"])
    assert kinds.get("Tamsin Holloway") != PERSON
    assert kinds.get("Dario Penhale") != PERSON


def test_letters_to_a_name_leave_a_person(nlp: Language) -> None:
    """ "letters to X" is no follow-up: X stays a person."""
    text = "Fans sent letters to Tamsin Holloway and Dario Penhale after the show, it said."
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway", "Dario Penhale"])
    assert kinds.get("Tamsin Holloway") == PERSON
    assert kinds.get("Dario Penhale") == PERSON


def test_maker_and_star_of_a_name_make_it_a_work(nlp: Language) -> None:
    """ "the maker of X" and "the star of Y" make both names works."""
    text = (
        "Vantor, the maker of Tamsin Holloway, said sales were strong. "
        "The star of Dario Penhale has signed for a second series."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway", "Dario Penhale"])
    assert kinds.get("Tamsin Holloway") != PERSON
    assert kinds.get("Dario Penhale") != PERSON


def test_a_cousin_and_a_publisher_of_a_name_leave_a_person(nlp: Language) -> None:
    """ "a cousin of X", "the publisher of Y": both stay people."""
    text = (
        "A cousin of Tamsin Holloway spoke to reporters outside. "
        "The publisher of Dario Penhale said his new novel was out in May."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway", "Dario Penhale"])
    assert kinds.get("Tamsin Holloway") == PERSON
    assert kinds.get("Dario Penhale") == PERSON


def test_made_stars_of_a_name_leaves_a_person(nlp: Language) -> None:
    """ "The show made stars of X": an idiom of people, no article before "stars"."""
    text = "The talent show made stars of Tamsin Holloway and two of her classmates."
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway"])
    assert kinds.get("Tamsin Holloway") == PERSON
