"""What extraction makes of names whose model labels a test sets."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def labelled_kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    """Name -> kind of every entity extracted from ``text`` read with ``labels`` (form, label)."""
    return {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
