"""A city's other names, and names a city shares with another country's subdivision."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer, spelt_alike
from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places


def test_a_spelling_or_a_shortening_is_spelt_alike() -> None:
    """A transliteration or the name less some of its words spells the city's name."""
    assert spelt_alike("Lvov", "Lviv")
    assert spelt_alike("Fallujah", "Al Fallūjah")
    assert spelt_alike("Southend", "Southend-on-Sea")


def test_a_name_after_something_else_is_not_spelt_alike() -> None:
    """A name the city once bore after a person or a place abroad is no spelling of it."""
    assert not spelt_alike("Klausenburg", "Cluj-Napoca")
    assert not spelt_alike("Whitehall", "Atlanta")


def test_a_city_of_millions_is_known_by_all_its_other_names() -> None:
    """An old name of a great city still names it."""
    assert gazetteer().city("Bombay") == Place("Mumbai", "city", "IN")


def test_a_subdivision_beats_a_city_the_name_is_only_another_name_of() -> None:
    """ "Edo" is the Nigerian state, not an old name of Tokyo."""
    assert gazetteer().lookup("Edo") == Place("Edo", "region", "NG")


def test_a_famous_citys_spelling_beats_a_subdivision() -> None:
    """ "Hanover" is the German city, not the Jamaican parish."""
    found = gazetteer().lookup("Hanover")
    assert found is not None and (found.kind, found.country_code) == ("city", "DE")


def test_a_us_state_yields_only_to_a_city_of_a_million_by_another_name() -> None:
    """ "Oklahoma" is the state, though its capital is also written so; "New York" the city."""
    table = gazetteer()
    assert table.lookup("Oklahoma") == Place("Oklahoma", "region", "US")
    assert table.lookup("New York") == Place("New York City", "city", "US")


def test_a_little_known_foreign_town_yields_to_a_subdivision() -> None:
    """ "Kent" is the English county and "Bali" the Indonesian island, not small towns abroad."""
    table = gazetteer()
    assert table.lookup("Kent") == Place("Kent", "region", "GB")
    assert table.lookup("Bali") == Place("Bali", "region", "ID")


def test_a_city_known_the_world_over_keeps_its_name() -> None:
    """ "Manchester" stays the English city, though a Jamaican parish bears the name."""
    assert gazetteer().lookup("Manchester") == Place("Manchester", "city", "GB")


def test_a_story_of_the_towns_country_makes_the_subdivision_the_town() -> None:
    """ "Kent" in a story whose other places are all American is the Washington town."""
    kent = gazetteer().lookup("Kent")
    assert kent is not None
    seattle, state = Place("Seattle", "city", "US"), Place("Washington", "region", "US")
    assert settled_places([kent, seattle, state]) == [Place("Kent", "city", "US"), seattle, state]


def test_a_story_of_both_countries_keeps_the_subdivision() -> None:
    """ "Kent" in a story that names London as well as Seattle stays the county."""
    kent = gazetteer().lookup("Kent")
    assert kent is not None
    places = [kent, Place("London", "city", "GB"), Place("Seattle", "city", "US")]
    assert settled_places(places)[0] == kent


def test_a_town_hardly_known_at_home_does_not_take_the_subdivision() -> None:
    """ "Bali" in a story that names India stays the island: India's Bali is hardly known."""
    bali = gazetteer().lookup("Bali")
    assert bali is not None
    assert settled_places([bali, Place("India", "country", "IN")])[0] == bali


def test_a_smaller_city_is_known_only_by_spellings_of_its_name() -> None:
    """Under a million people, GeoNames' odd other names do not name the city."""
    table = gazetteer()
    assert table.city("Lvov") == Place("Lviv", "city", "UA")
    klausenburg = table.city("Klausenburg")
    assert klausenburg is None or klausenburg.name != "Cluj-Napoca"
