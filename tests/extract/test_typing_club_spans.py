"""A club's name runs on to the word that ends it; a "Town" or "City" is no one's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import labelled_kinds


def test_a_club_ending_left_outside_joins_the_name(nlp: Language) -> None:
    """ "Dunmere" + "Rovers beat": the club "Dunmere Rovers", not the town alone."""
    text = "Dunmere Rovers beat their neighbours 2-1 on Saturday afternoon."
    kinds = labelled_kinds(nlp, text, [("Dunmere", "GPE")])
    assert kinds.get("Dunmere Rovers") == ORG
    assert "Dunmere" not in kinds


def test_a_longer_name_after_the_ending_is_left_alone(nlp: Language) -> None:
    """ "Dunmere United Reformed Church": the ending opens a longer name, not a club's."""
    text = "Dunmere United Reformed Church will hold a service on Sunday."
    kinds = labelled_kinds(nlp, text, [("Dunmere", "GPE")])
    assert "Dunmere United" not in kinds


def test_a_town_the_model_calls_a_person_is_no_person(nlp: Language) -> None:
    """ "Kelbridge Town beat Dunmere": a club (or a town), never a person."""
    text = "Kelbridge Town beat Dunmere 2-1 in the cup on Saturday."
    kinds = labelled_kinds(nlp, text, [("Kelbridge Town", "PERSON"), ("Dunmere", "GPE")])
    assert kinds.get("Kelbridge Town") != PERSON
