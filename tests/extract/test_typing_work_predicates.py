"""What a sentence says only of works makes a name read as a person's a work's title."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import person_labelled_kinds


def test_voted_best_game_is_no_person(nlp: Language) -> None:
    """A name voted "best game of the year" is a work."""
    text = "Tamsin Holloway was voted best game of the year by the magazine's readers."
    assert person_labelled_kinds(nlp, text, ["Tamsin Holloway"]).get("Tamsin Holloway") != PERSON


def test_named_best_album_is_no_person(nlp: Language) -> None:
    """A name "named best album" is a work."""
    text = "Tamsin Holloway was named best album at the music awards in Glasgow."
    assert person_labelled_kinds(nlp, text, ["Tamsin Holloway"]).get("Tamsin Holloway") != PERSON


def test_counted_series_of_a_name_is_no_person(nlp: Language) -> None:
    """ "The third season of X" makes X a show."""
    text = "The third season of Tamsin Holloway will be shown on weekday evenings in May."
    assert person_labelled_kinds(nlp, text, ["Tamsin Holloway"]).get("Tamsin Holloway") != PERSON


def test_name_that_stars_an_actor_is_no_person(nlp: Language) -> None:
    """ "X, which stars Y," makes X a work, not a person nor a body; Y stays a person."""
    text = "Tamsin Holloway, which stars Dario Penhale, was a surprise hit last winter."
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway", "Dario Penhale"])
    assert kinds.get("Tamsin Holloway") not in (PERSON, ORG)
    assert kinds.get("Dario Penhale") == PERSON


def test_voted_best_actor_stays_a_person(nlp: Language) -> None:
    """A person voted "best actor" or named "player of the year" stays a person."""
    text = (
        "Tamsin Holloway was voted best actor at the ceremony. "
        "Dario Penhale was named player of the year by the league."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway", "Dario Penhale"])
    assert kinds.get("Tamsin Holloway") == PERSON
    assert kinds.get("Dario Penhale") == PERSON


def test_name_released_by_a_which_clause_is_no_person(nlp: Language) -> None:
    """ "X, which was released at midnight," is a work."""
    text = "Shoppers queued in the rain to buy Tamsin Holloway, which was released at midnight."
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway"])
    assert kinds.get("Tamsin Holloway") not in (PERSON, ORG)


def test_name_that_went_on_sale_is_no_person(nlp: Language) -> None:
    """What goes on sale is goods, not a person."""
    text = "Tamsin Holloway went on sale in Osaka on Thursday and had sold out by lunchtime."
    assert person_labelled_kinds(nlp, text, ["Tamsin Holloway"]).get("Tamsin Holloway") != PERSON


def test_released_prisoner_stays_a_person(nlp: Language) -> None:
    """ "X, who was released on bail," stays a person."""
    text = "Dario Penhale, who was released on bail last month, denies the charges against him."
    assert person_labelled_kinds(nlp, text, ["Dario Penhale"]).get("Dario Penhale") == PERSON


def test_name_available_on_a_platform_is_no_person(nlp: Language) -> None:
    """What is available on a named platform or to download is a work or a product."""
    text = (
        "Tamsin Holloway is available on Nintendo consoles from today. "
        "Dario Penhale will be available to download next week."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway", "Dario Penhale"])
    assert kinds.get("Tamsin Holloway") != PERSON
    assert kinds.get("Dario Penhale") != PERSON


def test_person_available_for_comment_stays_a_person(nlp: Language) -> None:
    """ "X was not available for comment", "available on Mondays": a person."""
    text = (
        "Tamsin Holloway was not available for comment. "
        "Dario Penhale is available on Mondays at the clinic."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tamsin Holloway", "Dario Penhale"])
    assert kinds.get("Tamsin Holloway") == PERSON
    assert kinds.get("Dario Penhale") == PERSON
