"""A place's abbreviation that the story spells out elsewhere is that place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def test_an_abbreviation_of_a_story_place_is_its_alias(nlp: Language) -> None:
    """ "KV" after "Kelby Vale": one place, written two ways, not a second place."""
    text = "Rain hit Kelby Vale in Kenya on Monday. Farmers in KV said fields flooded."
    labels = [("Kelby Vale", "GPE"), ("Kenya", "GPE"), ("KV", "GPE")]
    doc = labelled(nlp, text, labels)
    places = {e.name: e for e in extract_entities(doc) if e.kind == PLACE}
    assert "KV" not in places
    assert "KV" in places["Kelby Vale"].aliases
