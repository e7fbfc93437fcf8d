"""Grouping of one name written in two cases: "VELCOM" and "Velcom" are one body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def test_a_body_in_two_cases_is_one_under_the_commoner_form(nlp: Language) -> None:
    """ "VELCOM ... Velcom ... Velcom": one organization, named as the story mostly writes it."""
    text = (
        "The VELCOM network went down on Monday. Velcom said repairs were under way. "
        "Velcom apologised to its customers."
    )
    doc = labelled(nlp, text, [("VELCOM", "ORG"), ("Velcom", "ORG"), ("Velcom", "ORG")])
    names = [e.name for e in extract_entities(doc) if e.kind == "organization"]
    assert names == ["Velcom"]


def test_a_person_shouted_in_capitals_is_the_same_person(nlp: Language) -> None:
    """ "Tom Vell ... TOM VELL": a name written once in capitals is the same man."""
    text = "Tom Vell said he would run again. Fans wrote: VOTE FOR TOM VELL. Tom Vell smiled."
    doc = labelled(
        nlp, text, [("Tom Vell", "PERSON"), ("TOM VELL", "PERSON"), ("Tom Vell", "PERSON")]
    )
    names = [e.name for e in extract_entities(doc) if e.kind == "person"]
    assert names == ["Tom Vell"]
