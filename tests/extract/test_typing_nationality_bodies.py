"""A body's word the model read alone after a nationality it read apart is named with it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from tests.extract.conftest import labelled


def test_a_bodys_word_after_a_nationality_is_named_with_it(nlp: Language) -> None:
    """ "parent company Danish Media, who" is the body "Danish Media", and no person "Media"."""
    # The model read "Danish" apart and "Media" alone.
    text = "Jo Lark ran the parent company Danish Media, who owned the Norport Gazette."
    labels = [("Jo Lark", "PERSON"), ("Danish", "NORP"), ("Media", "ORG")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert kinds.get("Danish Media") == ORG
    assert "Media" not in kinds
