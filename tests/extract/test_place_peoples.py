"""A place the model reads as a people (NORP) is a place: "elections in Punjab"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == PLACE}


def test_a_subdivision_read_as_a_people_is_a_place(nlp: Language) -> None:
    """ "Voters in Punjab" read as a nationality: a subdivision's name is a place's."""
    text = "Voters in Punjab queued for hours on Sunday, Tom Vell said."
    assert "Punjab" in _places(nlp, text, [("Punjab", "NORP"), ("Tom Vell", "PERSON")])


def test_a_little_known_towns_name_read_as_a_people_is_no_place(nlp: Language) -> None:
    """ "the Liberal candidate": a party's adjective, though a small town bears the name."""
    text = "The Liberal candidate Tom Vell won the seat on Sunday."
    assert "Liberal" not in _places(nlp, text, [("Liberal", "NORP"), ("Tom Vell", "PERSON")])


def test_a_region_name_as_an_adjective_before_a_noun_is_no_place(nlp: Language) -> None:
    """ "the Balkan nation": one country's province bears the name, but here it describes."""
    text = "Protests spread across the Balkan nation on Sunday, Tom Vell said."
    assert "Balkan" not in _places(nlp, text, [("Balkan", "NORP"), ("Tom Vell", "PERSON")])


def test_a_region_name_before_a_division_noun_is_a_place(nlp: Language) -> None:
    """ "the southern Punjab province": the noun names the division, so the name is a place."""
    text = "Floods hit the southern Punjab province on Sunday, Tom Vell said."
    assert "Punjab" in _places(nlp, text, [("Punjab", "NORP"), ("Tom Vell", "PERSON")])
