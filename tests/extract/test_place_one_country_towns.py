"""A little-known town abroad, in a story of one country alone, is a town of that country."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places


def test_a_town_of_an_unnamed_country_takes_the_one_the_story_names() -> None:
    """ "Baldivis" (an Australian suburb to the gazetteer) in a story naming England and
    nothing else is an English place the gazetteer lacks."""
    places = [Place("Baldivis", "city", "AU"), Place("England", "region", "GB")]
    assert settled_places(places)[0] == Place("Baldivis", "other", "GB")


def test_a_story_of_two_countries_places_no_such_town() -> None:
    """With Britain and France named, the town is of neither."""
    places = [
        Place("Baldivis", "city", "AU"),
        Place("United Kingdom", "country", "GB"),
        Place("France", "country", "FR"),
    ]
    assert settled_places(places)[0].country_code is None


def test_towns_alone_name_no_country() -> None:
    """Beside another little-known town only, no country is named: the gazetteer's stands."""
    places = [Place("Baldivis", "city", "AU"), Place("Scarborough", "city", "GB")]
    assert settled_places(places)[0] == Place("Baldivis", "city", "AU")
