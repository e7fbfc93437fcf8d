"""A place no table places takes the country most of its story's places are in."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places
from generator.extract.place_story import placed_by_story, story_country

BRITISH = [
    Place("United Kingdom", "country", "GB"),
    Place("Leeds", "city", "GB"),
    Place("Paris", "city", "FR"),
]


def test_an_unknown_county_takes_the_storys_country() -> None:
    """A county no table lists, in a story mostly of British places, is British."""
    county = Place("Tarlandshire", "region", None)
    assert placed_by_story([*BRITISH, county])[-1] == Place("Tarlandshire", "region", "GB")


def test_a_street_of_no_table_takes_it_too() -> None:
    """A street or a palace of the story is in its country as well."""
    street = Place("Kelby Row", "other", None)
    assert placed_by_story([street, *BRITISH])[0] == Place("Kelby Row", "other", "GB")


def test_no_country_of_half_the_places_decides() -> None:
    """A story naming as many French places as British ones places nothing."""
    places = [*BRITISH, Place("Lyon", "city", "FR"), Place("Tarlandshire", "region", None)]
    assert placed_by_story(places)[-1].country_code is None


def test_a_single_country_named_is_too_little() -> None:
    """One foreign country in a story is what it is about, not where its streets are."""
    places = [Place("Norland", "country", "NO"), Place("Kelby Row", "other", None)]
    assert placed_by_story(places)[-1].country_code is None


def test_regions_the_tables_know_are_of_no_country_stay_so() -> None:
    """ "Middle East" and "Europe" are no part of the story's country."""
    for name in ("Middle East", "Europe"):
        assert placed_by_story([*BRITISH, Place(name, "region", None)])[-1].country_code is None


def test_waters_and_worlds_are_of_no_country() -> None:
    """An ocean, a sea or a planet is no part of the story's country."""
    for name in ("Atlantic", "Tarn Sea", "Mars"):
        assert placed_by_story([*BRITISH, Place(name, "region", None)])[-1].country_code is None


def test_a_direction_is_a_part_of_the_storys_country() -> None:
    """ "the North East" of a British story is England's."""
    found = placed_by_story([*BRITISH, Place("North East", "region", None)])[-1]
    assert found == Place("North East", "region", "GB")


def test_the_document_settles_unknown_places() -> None:
    """`settled_places`, which the pipeline calls, places them too."""
    county = Place("Tarlandshire", "other", None)
    assert settled_places([*BRITISH, county])[-1] == Place("Tarlandshire", "other", "GB")


def test_a_small_countrys_district_in_a_story_of_another_is_its_namesake() -> None:
    """An island state's district name in a story of American places is the American place."""
    # The story names nothing else of that island state.
    american = [Place("Boston", "city", "US"), Place("Ohio", "region", "US")]
    island = Place("Long Island", "region", "BS")
    assert placed_by_story([*american, island])[-1] == Place("Long Island", "region", "US")


def test_a_small_countrys_district_in_a_story_of_no_one_country_is_of_none() -> None:
    """Among as many British as American places, the district is of no country at all."""
    # It is still no place of the island state's, and neither country's either.
    places = [*BRITISH, Place("Boston", "city", "US"), Place("Ohio", "region", "US")]
    island = Place("Long Island", "region", "BS")
    assert placed_by_story([*places, island])[-1] == Place("Long Island", "region", None)


def test_a_small_countrys_district_stays_when_the_story_names_it() -> None:
    """Beside another place of that country, the district is the country's own."""
    places = [*BRITISH, Place("Nassau", "city", "BS"), Place("Long Island", "region", "BS")]
    assert placed_by_story(places)[-1] == Place("Long Island", "region", "BS")


def test_a_large_countrys_region_stays() -> None:
    """A region of a large country is no namesake however foreign the story."""
    region = Place("Bavaria", "region", "DE")
    assert placed_by_story([*BRITISH, region])[-1] == region


def test_a_part_of_a_place_of_no_country_stays_of_none() -> None:
    """ "Western Europe" is no part of the story's country; "Western Tarland" may be."""
    # So may a part of a direction's region.
    places = placed_by_story([*BRITISH, Place("Western Europe", "region", None)])
    assert places[-1].country_code is None
    for name in ("Western Tarland", "West Midlands"):
        places = placed_by_story([*BRITISH, Place(name, "region", None)])
        assert places[-1].country_code == "GB"


def test_a_town_named_as_another_countrys_county_counts_for_neither() -> None:
    """A US town sharing a Scottish council area's name leaves a story of British towns British."""
    # It does not make the story half American: the story is British, and so is the name.
    places = [
        Place("Leeds", "city", "GB"),
        Place("York", "city", "GB"),
        Place("United States", "country", "US"),
        Place("Midlothian", "city", "US"),
        Place("Kelby Row", "other", None),
    ]
    settled = settled_places(places)
    assert settled[3] == Place("Midlothian", "region", "GB")
    assert settled[4] == Place("Kelby Row", "other", "GB")


def test_a_large_city_of_such_a_name_still_counts() -> None:
    """A city of half a million is what its name means in any story: it counts."""
    places = [Place("Manchester", "city", "GB"), Place("Leeds", "city", "GB")]
    assert story_country(places) == "GB"


def test_a_compass_region_of_two_words_takes_the_one_country_named() -> None:
    """ "the North West" beside the UK alone is Britain's North West."""
    places = [Place("North West", "region", None), Place("United Kingdom", "country", "GB")]
    assert placed_by_story(places)[0] == Place("North West", "region", "GB")


def test_a_compass_region_of_one_word_takes_no_lone_country() -> None:
    """ "the West" beside Russia alone is the world's West, of no country."""
    places = [Place("West", "region", None), Place("Russia", "country", "RU")]
    assert placed_by_story(places)[0].country_code is None


def test_a_compass_region_beside_two_countries_takes_neither() -> None:
    """ "the South East" beside one French and one British place is of neither."""
    places = [
        Place("South East", "region", None),
        Place("Paris", "city", "FR"),
        Place("Leeds", "city", "GB"),
    ]
    assert placed_by_story(places)[0].country_code is None


def test_a_village_abroad_does_not_take_the_storys_country() -> None:
    """A Bavarian village, in a British story that names Germany, is no British town."""
    village = Place("Oberammergau", "city", None)
    places = [*BRITISH, Place("Leeds", "city", "GB"), Place("Munich", "city", "DE"), village]
    assert placed_by_story(places)[-1].country_code is None
    # A story naming no country of a town of that name says nothing of it.
    assert placed_by_story([*BRITISH, village])[-1].country_code == "GB"
    # A site of the name is as often a hotel or a house named after the far village.
    hotel = Place("Oberammergau", "other", None)
    assert placed_by_story([*places[:-1], hotel])[-1].country_code == "GB"


def test_a_site_named_after_a_town_abroad_does_not_either() -> None:
    """A palace named after an English town is not French for its story being mostly so."""
    french = [Place("France", "country", "FR"), Place("Lyon", "city", "FR")]
    palace = Place("Tetbury Palace", "other", None)
    places = [*french, Place("United Kingdom", "country", "GB"), palace]
    assert placed_by_story([Place("Nice", "city", "FR"), *places])[-1].country_code is None
    assert placed_by_story([*BRITISH, palace])[-1].country_code == "GB"
