"""A common noun's plural capitalised to open a sentence is no people's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import GROUP, extract_entities
from tests.extract.conftest import labelled


def _groups(nlp: Language, text: str, form: str) -> set[str]:
    doc = labelled(nlp, text, [(form, "NORP")])
    return {e.name for e in extract_entities(doc) if e.kind == GROUP}


def test_an_opening_plural_noun_is_no_group(nlp: Language) -> None:
    """ "Veterans groups welcomed the vote": "Veterans" is capitalised for opening it."""
    assert _groups(nlp, "Veterans groups welcomed the vote on Monday.", "Veterans") == set()


def test_an_unknown_people_opening_a_sentence_is_a_group(nlp: Language) -> None:
    """ "Tarvanis protested": a people's name, no English noun, stays a group."""
    assert _groups(nlp, "Tarvanis protested in the capital.", "Tarvanis") == {"Tarvanis"}
