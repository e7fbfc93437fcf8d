"""A name after a plural for performers is an act's, however the model labelled it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from tests.extract.conftest import labelled


def _kind(nlp: Language, text: str, name: str, label: str) -> str | None:
    doc = labelled(nlp, text, [(name, label)])
    return {e.name: e.kind for e in extract_entities(doc)}.get(name)


def test_chart_toppers_name_an_act(nlp: Language) -> None:
    """ "chart-toppers Copper Lantern" read as a place no table knows: the act."""
    text = "The festival will be headlined by chart-toppers Copper Lantern in August."
    assert _kind(nlp, text, "Copper Lantern", "LOC") == ORG


def test_an_act_read_as_a_place_is_a_band(nlp: Language) -> None:
    """ "rappers Glass Harbour" read as a place no table knows: the act."""
    text = "The award went to Bristol rappers Glass Harbour on Monday night."
    assert _kind(nlp, text, "Glass Harbour", "FAC") == ORG
