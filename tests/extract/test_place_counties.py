"""A county named by a town and "County": a place, or a club after a British town."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PLACE
from tests.extract.conftest import labelled_kinds


def test_a_county_abroad_is_a_place(nlp: Language) -> None:
    """ "Nakuru County": Nakuru is a Kenyan town, so its county is a place, not a club."""
    text = "Farmers across Nakuru County said the long rains came three weeks late."
    assert labelled_kinds(nlp, text, [("Nakuru County", "GPE")]).get("Nakuru County") == PLACE


def test_an_american_county_is_a_place(nlp: Language) -> None:
    """ "Orange County": an American town's county, whatever the model called it."""
    text = "Deputies in Orange County closed two beaches after the storm."
    assert labelled_kinds(nlp, text, [("Orange County", "GPE")]).get("Orange County") == PLACE


def test_a_british_towns_county_is_a_club(nlp: Language) -> None:
    """ "Stockport County": after a British town, "County" ends a football club's name."""
    text = "Stockport County signed a new goalkeeper on a two-year deal."
    labels = [("Stockport County", "GPE")]
    assert labelled_kinds(nlp, text, labels).get("Stockport County") == ORG
