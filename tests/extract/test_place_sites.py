"""A site named after a town is in that town's country."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places
from generator.extract.place_sites import site_town

#: A British story that names France and its capital: as many French places as British.
NAMING_FRANCE = [
    Place("United Kingdom", "country", "GB"),
    Place("France", "country", "FR"),
    Place("Paris", "city", "FR"),
]


def test_an_arena_is_in_its_towns_country() -> None:
    """ "Leeds Arena" is British, though the story names France as often as Britain."""
    settled = settled_places([*NAMING_FRANCE, Place("Leeds Arena", "other", None)])
    assert settled[-1] == Place("Leeds Arena", "other", "GB")


def test_the_sites_town_breaks_the_tie_for_the_others() -> None:
    """With the arena British, a palace of no town is no longer given France's code."""
    places = [
        *NAMING_FRANCE,
        Place("Leeds Arena", "other", None),
        Place("Kelby Palace", "other", None),
    ]
    assert settled_places(places)[-1].country_code is None


def test_a_little_known_town_abroad_is_not_trusted() -> None:
    """A castle named like a small town of a country the story never names is the story's."""
    british = [Place("United Kingdom", "country", "GB"), Place("Leeds", "city", "GB")]
    settled = settled_places([*british, Place("Timaru Castle", "other", None)])
    assert settled[-1].country_code == "GB"


def test_only_a_site_s_word_names_a_site() -> None:
    """A road is named after a far town as often as after its own: no town is read."""
    assert site_town("Leeds Road") is None
    assert site_town("Leeds Station") == "Leeds"


def test_a_town_must_be_the_whole_name_before_the_word() -> None:
    """ "Jo Leeds Airport" is named after a person, not the town."""
    assert site_town("Jo Leeds Airport") is None


def test_a_town_of_two_named_countries_places_no_site() -> None:
    """With towns of the name in both countries the story names, the name says nothing."""
    places = [
        Place("New Zealand", "country", "NZ"),
        Place("United States", "country", "US"),
        Place("Dunedin Stadium", "other", None),
    ]
    assert settled_places(places)[-1].country_code is None


def test_a_town_of_one_named_country_of_two_places_it() -> None:
    """Of the towns of the name, the one in the country the story names is meant."""
    places = [Place("New Zealand", "country", "NZ"), Place("Dunedin Stadium", "other", None)]
    assert settled_places(places)[-1].country_code == "NZ"
