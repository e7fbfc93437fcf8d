"""An acronym of three or four capitals before one word names a body's branch or site."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def test_an_acronym_before_one_word_is_no_person(nlp: Language) -> None:
    """ "PKX Dunmarrow" read as a person is a body's base: no one's name opens so."""
    text = "The helicopters flew out of PKX Dunmarrow at dawn and landed two hours later."
    doc = labelled(nlp, text, [("PKX Dunmarrow", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("PKX Dunmarrow") not in (None, PERSON)


def test_two_initials_before_a_surname_stay_a_person(nlp: Language) -> None:
    """ "TJ Wrenfield" opens with two initials, which are a given name."""
    text = "The helicopters flew out at dawn, and TJ Wrenfield landed two hours later."
    doc = labelled(nlp, text, [("TJ Wrenfield", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("TJ Wrenfield") == PERSON
