"""A name before "-based" is where something is: a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities


def test_a_name_before_based_is_a_place(nlp: Language) -> None:
    """ "the Kelby-based games maker": the model's organization is the firm's town."""
    text = "Meanwhile the Kelby-based games maker Nimbus Interactive sold two million copies."
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get("Kelby") == "place"
