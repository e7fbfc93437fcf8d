"""A name told something is a paper, broadcaster or programme, never a place; a place noun
that modifies a later noun makes no place of the name between them."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PERSON, PLACE
from tests.extract.conftest import labelled_kinds


def test_a_paper_told_something_is_a_body(nlp: Language) -> None:
    """ "Ann Roke told the Harbourer" read as a building by the model: a paper hears her."""
    text = "'We will stay,' Ann Roke told the Harbourer on Monday."
    kinds = labelled_kinds(nlp, text, [("Ann Roke", "PERSON"), ("Harbourer", "FAC")])
    assert kinds.get("Harbourer") == ORG


def test_a_broadcasters_programme_told_something_is_no_entity(nlp: Language) -> None:
    """ "told BBC One's Sunrise" read as a place: the broadcaster's programme, not published."""
    text = "Tom Vell told BBC One's Sunrise with Kelby programme that he would run again."
    kinds = labelled_kinds(nlp, text, [("Tom Vell", "PERSON"), ("BBC", "ORG"), ("Sunrise", "LOC")])
    assert "Sunrise" not in kinds


def test_a_person_told_something_stays_a_person(nlp: Language) -> None:
    """ "Ann Roke told Tom Vell" keeps the one told a person."""
    text = "Ann Roke told Tom Vell that the shop would close."
    kinds = labelled_kinds(nlp, text, [("Ann Roke", "PERSON"), ("Tom Vell", "PERSON")])
    assert kinds.get("Tom Vell") == PERSON


def test_a_place_noun_modifying_a_later_noun_makes_no_place(nlp: Language) -> None:
    """ "a port Varnox screening plan": "port" is the plan's, so Varnox is no place."""
    # The model's "person" Varnox: nothing says it is a place, and it is not published.
    text = "The council backs a port Varnox screening plan for next spring."
    assert "Varnox" not in labelled_kinds(nlp, text, [("Varnox", "PERSON")])


def test_a_place_noun_before_a_name_still_makes_a_place(nlp: Language) -> None:
    """ "the capital Kelvar was shelled": the noun before the name still says a place."""
    text = "Troops left the north and the capital Kelvar was shelled on Monday."
    assert labelled_kinds(nlp, text, [("Kelvar", "ORG")]).get("Kelvar") == PLACE
