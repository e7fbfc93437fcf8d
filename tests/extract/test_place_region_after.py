"""A name followed by a comma and a region's name of several words is a place there."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def test_a_town_before_a_state_of_two_words_is_a_place(nlp: Language) -> None:
    """ "outside Tarry Hawk, North Carolina": the state is "North Carolina", not "North",
    so the model's "person" before it is a town."""
    text = "In 1911, in a field outside Tarry Hawk, North Carolina, two brothers flew a glider."
    doc = labelled(nlp, text, [("Tarry Hawk", "PERSON"), ("North Carolina", "GPE")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tarry Hawk") == PLACE
