"""A month written short before a name is a date, no part of the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def test_a_short_month_before_a_body_is_cut(nlp: Language) -> None:
    """'Sept Tarnex rose' read as one body: the delivery month is no part of the name."""
    text = "Traders said Sept Tarnex rose 40 cents in London on Monday."
    doc = labelled(nlp, text, [("Sept Tarnex", "ORG")])
    names = [e.name for e in extract_entities(doc) if e.kind == "organization"]
    assert names == ["Tarnex"]
