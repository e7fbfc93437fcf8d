"""A city whose name several countries' cities bear is placed where its document says."""

from __future__ import annotations

from generator.extract import extract
from generator.extract.lexicon import Place
from generator.extract.place_countries import document_countries, settled_city
from generator.seeds import Seed

VALENCIA = Place("Valencia", "city", "VE")


def test_the_country_the_document_names_decides() -> None:
    """Named beside Spain, Valencia is the Spanish city, not the larger one in Venezuela."""
    assert settled_city(VALENCIA, frozenset(["ES"])) == Place("Valencia", "city", "ES")


def test_with_no_word_of_its_country_the_largest_city_stays() -> None:
    """A document naming no namesake's country keeps the most populous city."""
    assert settled_city(VALENCIA, frozenset()) == VALENCIA
    assert settled_city(VALENCIA, frozenset(["FR"])) == VALENCIA


def test_the_largest_citys_own_country_keeps_it() -> None:
    """Named beside its own country, the most populous city is kept even if others are named."""
    assert settled_city(VALENCIA, frozenset(["VE", "ES"])) == VALENCIA


def test_a_village_namesake_does_not_take_a_capital() -> None:
    """London in a story naming only Canada stays in Britain: Ontario's London is far smaller."""
    london = Place("London", "city", "GB")
    assert settled_city(london, frozenset(["CA"])) == london


def test_only_cities_move() -> None:
    """Countries and regions are what the evidence is made of; they keep their codes."""
    region = Place("Valencia", "region", "ES")
    assert settled_city(region, frozenset(["VE"])) == region


def test_countries_and_regions_are_the_evidence() -> None:
    """A region's country counts as named; a city's does not (it may be a namesake itself)."""
    places = [
        Place("Alabama", "region", "US"),
        Place("Spain", "country", "ES"),
        Place("Perth", "city", "AU"),
        Place("Atlantis", "other", None),
    ]
    assert document_countries(places) == frozenset(["US", "ES"])


def test_a_record_places_the_city_in_the_country_named() -> None:
    """Ingest writes the namesake's country code when the story names that country."""
    paragraph = "Flooding in Valencia closed schools across Spain on Monday."
    seed = Seed(path="floods.txt", sha256="0" * 64, title="Floods", paragraphs=(paragraph,))
    (record,) = extract([seed])
    codes = {p["name"]: p["country_code"] for p in record["places"]}
    assert codes == {"Valencia": "ES", "Spain": "ES"}
