"""Islands and provinces English names by its own word, and countries by their old names,
are places of their country."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _codes(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str | None]:
    """Name -> country code of every place extracted when the model read ``labels``."""
    entities = extract_entities(labelled(nlp, text, labels))
    return {e.name: e.place.country_code for e in entities if e.kind == PLACE and e.place}


def test_an_island_read_as_a_body_is_a_place_of_its_country(nlp: Language) -> None:
    """ "near Minorca": the Balearic island is Spanish, though the tables spell it otherwise."""
    text = "A yacht caught fire near Minorca and Sardinia on Monday, the coastguard said."
    codes = _codes(nlp, text, [("Minorca", "ORG"), ("Sardinia", "GPE"), ("Monday", "DATE")])
    assert (codes.get("Minorca"), codes.get("Sardinia")) == ("ES", "IT")


def test_a_country_by_its_old_name_is_the_country_renamed(nlp: Language) -> None:
    """ "served in Siam and Ceylon": the same states under their names of today."""
    text = "Her great-uncle Albin Crewther served in Siam and Ceylon before the war ended."
    codes = _codes(nlp, text, [("Albin Crewther", "PERSON"), ("Siam", "GPE"), ("Ceylon", "GPE")])
    assert (codes.get("Thailand"), codes.get("Sri Lanka")) == ("TH", "LK")
