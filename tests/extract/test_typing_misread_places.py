"""A given name and a surname that the model reads as an unknown place or a body are a person's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def test_a_given_name_read_as_a_place_is_a_person(nlp: Language) -> None:
    """ "winner Hugh Tarrant" that the model reads as a town is a man."""
    text = "Crowds in the square cheered Hugh Tarrant on Saturday."
    doc = labelled(nlp, text, [("Hugh Tarrant", "GPE")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Hugh Tarrant") == "person"


def test_a_given_name_and_two_more_names_read_as_a_body_are_a_person(nlp: Language) -> None:
    """ "Hugh Edward Tarrant" that the model reads as a body is one man's full name."""
    text = "Crowds in the square cheered Hugh Edward Tarrant on Saturday."
    doc = labelled(nlp, text, [("Hugh Edward Tarrant", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Hugh Edward Tarrant") == "person"
