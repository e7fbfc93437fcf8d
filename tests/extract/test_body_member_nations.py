"""A body of members and the nation it serves after "of" are one name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> list[str]:
    return [e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == ORG]


def test_a_society_of_a_country_is_one_name(nlp: Language) -> None:
    """ "the Law Society" + "of" + "Kenya": the society's whole name."""
    text = "The court ruled after a petition by the Law Society of Kenya on Monday."
    labels = [("Law Society", "ORG"), ("Kenya", "GPE")]
    assert "Law Society of Kenya" in _bodies(nlp, text, labels)


def test_a_ministry_of_a_country_stays_apart(nlp: Language) -> None:
    """ "the Finance Ministry of Kenya": a ministry's name does not go on with its nation."""
    text = "The loan was signed by the Finance Ministry of Kenya on Monday."
    labels = [("Finance Ministry", "ORG"), ("Kenya", "GPE")]
    assert "Finance Ministry of Kenya" not in _bodies(nlp, text, labels)
