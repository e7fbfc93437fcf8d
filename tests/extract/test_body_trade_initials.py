"""A body's initials the model left untagged after its trade noun or a country's "'s"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    """The names of the bodies extracted when the model read ``labels``."""
    return {e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == ORG}


def test_initials_after_a_trade_noun_name_the_firm(nlp: Language) -> None:
    """Untagged capitals after a noun of a firm's trade ("grid operator TVEK") are that firm."""
    # "the state grid operator TVEK said": the model left the capitals untagged.
    text = "The state grid operator TVEK said on Monday that power cuts would end by June."
    assert "TVEK" in _bodies(nlp, text, [("Monday", "DATE")])


def test_initials_after_a_country_possessive_name_a_body(nlp: Language) -> None:
    """Capitals after a country's possessive ("Norway's KMBT") are a body, each writing of them."""
    # As "Norway's Kelmar" would be.
    text = "A deal with Norway's KMBT was signed. Later KMBT said it would build a plant."
    assert "KMBT" in _bodies(nlp, text, [("Norway", "GPE")])
