"""Titles written short before a name make it a person's, with or without their stop."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities


@pytest.mark.parametrize("title", ["Gov.", "Gov", "Lt. Gov.", "Atty. Gen."])
def test_a_short_title_makes_a_person_against_a_later_its(nlp: Language, title: str) -> None:
    """ "Gov. Paul Rook ... lets the city run its schools": "its" is the city's; Rook a person."""
    doc = nlp(f"{title} Paul Rook signed a bill that lets the city run its schools.")
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Paul Rook") == PERSON


def test_prof_without_its_stop_is_no_part_of_the_name(nlp: Language) -> None:
    """ "Lead researcher Prof Mairi Dunbar said": the person is Mairi Dunbar."""
    doc = nlp("Lead researcher Prof Mairi Dunbar said the results were clear.")
    assert [e.name for e in extract_entities(doc) if e.kind == PERSON] == ["Mairi Dunbar"]
