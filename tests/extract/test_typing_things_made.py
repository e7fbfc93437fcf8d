"""The subject of a verb for things made or sold, in the passive, is no person: "Bramble
Bear was first manufactured in 1950"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def test_a_name_that_was_manufactured_is_no_person(nlp: Language) -> None:
    """People are born; toys, cars and phones are manufactured."""
    text = "Sales rose again. Bramble Bear was first manufactured in 1950 in a small shed."
    doc = labelled(nlp, text, [("Bramble Bear", "PERSON")])
    assert all(e.kind != PERSON for e in extract_entities(doc) if e.name == "Bramble Bear")


def test_a_name_that_was_made_captain_stays_a_person(nlp: Language) -> None:
    """ "Jo Ames was made captain": people are made things too, so "made" says nothing."""
    text = "The club met on Monday. Jo Ames was made captain for the new season."
    doc = labelled(nlp, text, [("Jo Ames", "PERSON")])
    assert [e.name for e in extract_entities(doc) if e.kind == PERSON] == ["Jo Ames"]
