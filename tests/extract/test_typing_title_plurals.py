"""Words around a name that are no part of it: a title in the plural, a generation alone."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _names(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels))}


def test_a_title_in_the_plural_is_no_part_of_the_first_name(nlp: Language) -> None:
    """ "Senators Orla and Bex": the title is both women's, Orla's name is one word."""
    text = "The bill was drafted by Senators Orla and Bex. Orla later voted against it."
    names = _names(nlp, text, [("Senators Orla", "PERSON"), ("Orla", "PERSON")])
    assert "Senators Orla" not in names


def test_a_generation_alone_is_no_name(nlp: Language) -> None:
    """ "Ansel Quill, Jr.'s old farm": "Jr." alone names no one, whatever the model read."""
    text = "Ansel Quill, Jr.'s old farm near Kelby was sold at auction."
    names = _names(nlp, text, [("Ansel Quill", "PERSON"), ("Jr.", "GPE")])
    assert "Jr." not in names
