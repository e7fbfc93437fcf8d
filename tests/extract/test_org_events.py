"""A name something happens during is an event's, not an organization's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from tests.extract.conftest import labelled


def _organizations(nlp: Language, text: str, spans: list[tuple[str, str]]) -> list[str]:
    doc = labelled(nlp, text, spans)
    return [e.name for e in extract_entities(doc) if e.kind == ORG]


def test_a_race_read_as_a_body_is_no_organization(nlp: Language) -> None:
    """ "during the Tour of Tarnland" makes the race an event; "Dornwick Council" stays."""
    text = (
        "Dornwick Council paid for the new road. "
        "He was tested ten times during the Tour of Tarnland last summer."
    )
    spans = [("Dornwick Council", "ORG"), ("Tour of Tarnland", "ORG")]
    assert _organizations(nlp, text, spans) == ["Dornwick Council"]
