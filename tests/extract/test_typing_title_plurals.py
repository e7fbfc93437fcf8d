"""Words around a name that are no part of it: a title in the plural, a generation alone."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _names(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels))}


def test_a_title_in_the_plural_is_no_part_of_the_first_name(nlp: Language) -> None:
    """ "Princesses Tove and Mara": the title is both sisters', Tove's name is one word."""
    text = "As a child she played with Princesses Tove and Mara. Tove said the games were long."
    names = _names(nlp, text, [("Princesses Tove", "PERSON"), ("Tove", "PERSON")])
    assert "Princesses Tove" not in names


def test_a_generation_alone_is_no_name(nlp: Language) -> None:
    """ "Ansel Quill, Jr.'s daughter": "Jr." alone names no one, whatever the model read."""
    text = "The letter from Ansel Quill, Jr.'s daughter was read aloud in Kelby."
    names = _names(nlp, text, [("Ansel Quill", "PERSON"), ("Jr.", "GPE")])
    assert "Jr." not in names
