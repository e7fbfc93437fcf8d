"""A noun for someone's trade run into a person's span ends the words before the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def _people(nlp: Language, text: str, spans: list[tuple[str, str]]) -> list[str]:
    doc = labelled(nlp, text, spans)
    return [e.name for e in extract_entities(doc) if e.kind == PERSON]


def test_an_unlisted_office_before_a_full_name_is_cut(nlp: Language) -> None:
    """ "Dunmore County Coroner Harold Vesk" as the model's person is "Harold Vesk"."""
    text = "Dunmore County Coroner Harold Vesk said the boy died of his injuries."
    spans = [("Dunmore County Coroner Harold Vesk", "PERSON")]
    assert _people(nlp, text, spans) == ["Harold Vesk"]


def test_an_epithet_before_a_full_name_is_cut(nlp: Language) -> None:
    """ "Fenwick Strangler Martin Pyle": the killer's byname is no part of his name."""
    text = "The court heard that Fenwick Strangler Martin Pyle had killed four women."
    spans = [("Fenwick Strangler Martin Pyle", "PERSON")]
    assert _people(nlp, text, spans) == ["Martin Pyle"]
