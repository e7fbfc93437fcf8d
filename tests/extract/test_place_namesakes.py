"""A city's namesakes are towns of its very name, and a little-known one does not take it."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_city

VENICE = Place("Venice", "city", "IT")


def test_an_alternate_name_makes_no_namesake() -> None:
    """A US city listing "Venice" as another name is no namesake: Venice stays the Italian city."""
    # GeoNames lists "Venice" among a larger US city's other names.
    assert gazetteer().countries_of_city("Venice")[0].code == "IT"


def test_a_far_less_known_namesake_does_not_take_the_city() -> None:
    """Venice in a story naming only the United States stays Italian, not the Florida town."""
    # The Florida town is nearly as populous as GeoNames' Venice but far less written about.
    assert settled_city(VENICE, frozenset(["US"])) == VENICE


def test_a_namesake_as_well_known_still_takes_it() -> None:
    """Birmingham in a story naming only the United States is the Alabama city."""
    birmingham = Place("Birmingham", "city", "GB")
    assert settled_city(birmingham, frozenset(["US"])) == Place("Birmingham", "city", "US")


def test_a_town_of_a_city_known_less_widely_still_takes_it() -> None:
    """Stamford in a story naming only Britain is English: the US city is no world city."""
    # The US city's few other names make it no world city.
    stamford = Place("Stamford", "city", "US")
    assert settled_city(stamford, frozenset(["GB"])) == Place("Stamford", "city", "GB")


def test_a_longer_own_name_that_begins_with_the_name_is_a_namesake() -> None:
    """Newcastle upon Tyne is one of the cities called "Newcastle"."""
    assert "GB" in {n.code for n in gazetteer().countries_of_city("Newcastle")}


def test_a_region_of_the_namesakes_country_is_evidence_enough() -> None:
    """Wellington in a story naming Utah is the Utah town, not the New Zealand capital."""
    wellington = Place("Wellington", "city", "NZ")
    us = frozenset(["US"])
    assert settled_city(wellington, us) == wellington
    assert settled_city(wellington, us, regional=us) == Place("Wellington", "city", "US")
