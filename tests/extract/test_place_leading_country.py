"""A place no table places takes the country of most of the story's places, not one that leads."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_story import placed_by_story

LEBANESE = [
    Place("Lebanon", "country", "LB"),
    Place("Beirut", "city", "LB"),
    Place("Zahle", "city", "LB"),
    Place("Syria", "country", "SY"),
    Place("Israel", "country", "IL"),
    Place("Jordan", "country", "JO"),
]


def test_a_country_that_only_leads_places_nothing() -> None:
    """A country that leads but is not most of the story's places gives "the Tarvik Valley" none."""
    # "the Tarvik Valley" in a story of three Lebanese places and three neighbours once each:
    # Lebanon leads but is not most of the places (a leading country gave Gulf war islands the wrong
    # one).
    valley = Place("Tarvik Valley", "region", None)
    assert placed_by_story([*LEBANESE, valley])[-1].country_code is None


def test_a_country_of_most_places_places_the_rest() -> None:
    """Four Lebanese places against two neighbours: Lebanon is most of them."""
    places = [*LEBANESE, Place("Tyre", "city", "LB"), Place("Tarvik Valley", "region", None)]
    assert placed_by_story(places)[-1].country_code == "LB"


def test_a_land_across_borders_of_the_tables_takes_no_leading_country() -> None:
    """ "the Sahel" is a land of several countries, whichever the story names most."""
    places = [*LEBANESE, Place("Sahel", "region", None)]
    assert placed_by_story(places)[-1].country_code is None


def test_a_land_named_after_a_town_takes_the_storys_country() -> None:
    """ "Utrecht Land" among Australian places is named after a town, not a holy land."""
    places = [
        Place("Australia", "country", "AU"),
        Place("Darwin", "city", "AU"),
        Place("Chile", "country", "CL"),
        Place("Utrecht Land", "other", None),
    ]
    assert placed_by_story(places)[-1].country_code == "AU"
