"""An airport, or a bay named after a large port, is in its town's country."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_story import placed_by_story

#: A holiday story: the resort's country is most of its places.
HOLIDAY = [
    Place("Faro", "city", "PT"),
    Place("Portugal", "country", "PT"),
    Place("Albufeira", "city", "PT"),
    Place("Lisbon", "city", "PT"),
]


def test_a_home_airport_keeps_its_towns_country() -> None:
    """ "flew back to Glasgow Airport" is in Britain, not the country of most of the places."""
    places = [*HOLIDAY, Place("Glasgow Airport", "other", None)]
    assert placed_by_story(places)[-1].country_code == "GB"


def test_an_international_airport_of_a_town_is_in_its_country() -> None:
    """ "Porto International Airport" in a story of no one country is Porto's."""
    places = [
        Place("Spain", "country", "ES"),
        Place("France", "country", "FR"),
        Place("Porto International Airport", "other", None),
    ]
    assert placed_by_story(places)[-1].country_code == "PT"


def test_a_bay_named_after_a_large_port_is_in_its_country() -> None:
    """ "Tampa Bay" in a story mostly of Portuguese places is Tampa's, in the United States."""
    places = [*HOLIDAY, Place("Tampa Bay", "other", None)]
    assert placed_by_story(places)[-1].country_code == "US"
