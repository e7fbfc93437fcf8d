"""Islands and provinces English names by its own word are places of their country."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def test_an_island_read_as_a_body_is_a_place_of_its_country(nlp: Language) -> None:
    """ "near Minorca": the Balearic island is Spanish, though the tables spell it otherwise."""
    text = "A yacht caught fire near Minorca and Sardinia on Monday, the coastguard said."
    labels = [("Minorca", "ORG"), ("Sardinia", "GPE"), ("Monday", "DATE")]
    places = {
        e.name: e.place.country_code
        for e in extract_entities(labelled(nlp, text, labels))
        if e.kind == PLACE and e.place is not None
    }
    assert (places.get("Minorca"), places.get("Sardinia")) == ("ES", "IT")
