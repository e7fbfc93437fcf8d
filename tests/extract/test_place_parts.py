"""A place named as a part of a known one takes that one's country when the story says so."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_city
from generator.extract.place_parts import placed_by_what_follows, whole_of
from tests.extract.conftest import labelled_place_codes

NONE: frozenset[str] = frozenset()
GB = frozenset(["GB"])
US = frozenset(["US"])


@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("South-East London", "London"),
        ("Greater Tarland", "Tarland"),
        ("Northern Norland", "Norland"),
        ("City of Dunmore", "Dunmore"),
        ("Inner Norland", None),
        ("Southend", None),
        ("North", None),
    ],
)
def test_the_whole_a_part_is_named_after(name: str, whole: str | None) -> None:
    """A compass word, "Greater" or "City of" before a capital names a part; "Inner" does not."""
    # Inner Mongolia is no part of Mongolia, nor does a word that only begins with one name a part.
    assert whole_of(name) == whole


def test_a_part_of_a_city_known_the_world_over_is_in_its_country() -> None:
    """ "South-East London" in a story that names no country is British."""
    part = Place("South-East London", "other", None)
    assert settled_city(part, NONE) == Place("South-East London", "other", "GB")


def test_a_part_of_a_country_is_in_it() -> None:
    """ "Eastern Ukraine" names its country, whatever else the story names."""
    part = Place("Eastern Ukraine", "region", None)
    assert settled_city(part, GB) == Place("Eastern Ukraine", "region", "UA")


def test_a_part_of_a_region_needs_its_country_named() -> None:
    """A part of a region needs its country named: "West Midlands" is British, not Zimbabwean."""
    # "West Midlands" is no part of a Zimbabwean province in a British story; "Northern
    # California" is American wherever the story is: no other country has a California.
    midlands = Place("West Midlands", "region", None)
    california = Place("Northern California", "region", None)
    assert settled_city(midlands, GB) == midlands
    assert settled_city(california, GB) == Place("Northern California", "region", "US")
    assert settled_city(california, US) == Place("Northern California", "region", "US")


def test_a_whole_known_by_another_name_is_no_whole() -> None:
    """ "Central America" is no part of the country "America" stands for."""
    part = Place("Central America", "region", None)
    assert settled_city(part, US) == part


def test_a_us_county_is_american_in_an_american_story() -> None:
    """A listed US county or its part is American if the story names the US or no country."""
    # In a story naming only Britain they stay unplaced.
    county = Place("Knox County", "other", None)
    part = Place("West Knox County", "other", None)
    assert settled_city(county, US) == Place("Knox County", "region", "US")
    assert settled_city(part, US) == Place("West Knox County", "other", "US")
    assert settled_city(county, GB) == county


def test_a_region_holding_a_countrys_name_is_not_that_country(nlp: Language) -> None:
    """ "Latin America" is a region of no country, not the United States "America" stands for."""
    doc = nlp("Tom Vell sold the firm's tractors across Latin America and in America.")
    places = {e.name: e.place for e in extract_entities(doc) if e.place is not None}
    assert places["Latin America"] == Place("Latin America", "region", None)
    assert places["United States"] == Place("United States", "country", "US")


def test_a_foreign_citys_name_that_names_a_quarter_is_the_quarter() -> None:
    """A town abroad named as a world city's north is that city's north in its country's story."""
    town = Place("North Florence", "city", "US")
    assert settled_city(town, frozenset(["IT"])) == Place("North Florence", "region", "IT")


def test_a_district_written_inside_the_name_places_it(nlp: Language) -> None:
    """ "Tarland, DC", kept by the model as one name, is in the United States."""
    doc = nlp("The reporters flew to Tarland, DC on Monday.")
    places = {e.name: e.place for e in extract_entities(doc) if e.place is not None}
    found = [place for name, place in places.items() if name.startswith("Tarland")]
    assert found and found[0].country_code == "US"


def test_a_known_town_written_with_its_state_is_a_city(nlp: Language) -> None:
    """ "Provo, Utah" kept as one name is the Utah town, a city, not some other place."""
    doc = nlp("Provo, Utah on Monday.")
    assert placed_by_what_follows("Provo, Utah", doc[0:3], "other") == Place(
        "Provo, Utah", "city", "US"
    )


def test_an_unknown_town_with_its_state_keeps_its_kind(nlp: Language) -> None:
    """ "Tarland, Utah": a town the gazetteer lacks stays of the kind it was read as."""
    doc = nlp("Tarland, Utah on Monday.")
    assert placed_by_what_follows("Tarland, Utah", doc[0:3], "other") == Place(
        "Tarland, Utah", "other", "US"
    )


def test_a_city_and_a_compass_word_after_it_is_of_the_citys_country(nlp: Language) -> None:
    """ "Bradford North", a seat named by its city and a compass word: of the city's country."""
    text = "Maren Holtby, the MP for Bradford North, asked about schools."
    codes = labelled_place_codes(nlp, text, [("Maren Holtby", "PERSON"), ("Bradford North", "GPE")])
    assert codes.get("Bradford North") == "GB"
