"""A name no table knows after a country's possessive is what the country owns, not a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG, PLACE
from tests.extract.conftest import entity_kinds, labelled


def test_a_firm_after_a_countrys_possessive_is_an_organization(nlp: Language) -> None:
    """ "Peru's Tolcan": a firm the model read as a place is the country's firm."""
    text = "Chile's Corvalco and Peru's Tolcan lifted output in May."
    labels = [("Chile", "GPE"), ("Corvalco", "ORG"), ("Peru", "GPE"), ("Tolcan", "GPE")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert kinds.get("Tolcan") == ORG


def test_a_province_spelt_another_way_stays_no_firm(nlp: Language) -> None:
    """ "France's Brittany" spells the province "Bretagne" another way: no firm."""
    kinds = entity_kinds(nlp, "Spain's Catalonia and France's Brittany voted on Sunday.")
    assert kinds.get("Brittany") in (None, PLACE)
    assert kinds.get("Catalonia") in (None, PLACE)
