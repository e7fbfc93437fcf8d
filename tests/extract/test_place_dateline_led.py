"""A place no table places takes the country of the story's dateline when that leads."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places
from generator.extract.place_story import placed_by_story

#: A story filed from a made-up country's capital that names two neighbours' places as often.
FILED_AT_HOME = [
    Place("Varnholm", "city", "NO"),
    Place("Norway", "country", "NO"),
    Place("Sweden", "country", "SE"),
    Place("Stockholm", "city", "SE"),
    Place("Finland", "country", "FI"),
]


def test_a_town_no_table_knows_takes_the_datelines_country() -> None:
    """A hill town only the text names is in the country the story was filed from."""
    town = Place("Tarnvik Ost", "city", None)
    placed = placed_by_story([*FILED_AT_HOME, town], dateline_code="NO")
    assert placed[-1] == Place("Tarnvik Ost", "city", "NO")


def test_without_a_dateline_the_tie_places_nothing() -> None:
    """Two countries named as often, and no dateline: the town keeps no country."""
    town = Place("Tarnvik Ost", "city", None)
    assert placed_by_story([*FILED_AT_HOME, town])[-1].country_code is None


def test_a_dateline_of_a_country_others_outnumber_places_nothing() -> None:
    """A story filed from one capital about another country's islands does not move them."""
    places = [
        Place("Washington", "city", "US"),
        Place("United States", "country", "US"),
        Place("Iran", "country", "IR"),
        Place("Tehran", "city", "IR"),
        Place("Shiraz", "city", "IR"),
        Place("Iraq", "country", "IQ"),
        Place("Basra", "city", "IQ"),
        Place("Kelbar Island", "other", None),
    ]
    assert placed_by_story(places, dateline_code="US")[-1].country_code is None


def test_a_dateline_country_named_once_places_nothing() -> None:
    """The dateline's town alone is too little evidence of where the story is."""
    places = [
        Place("Varnholm", "city", "NO"),
        Place("Tarnvik Ost", "city", None),
    ]
    assert placed_by_story(places, dateline_code="NO")[-1].country_code is None


def test_settled_places_passes_the_dateline_on() -> None:
    """The settling of a whole story's places uses the dateline's country too."""
    town = Place("Tarnvik Ost", "city", None)
    settled = settled_places([*FILED_AT_HOME, town], frozenset(), "NO")
    assert settled[-1] == Place("Tarnvik Ost", "city", "NO")


def test_an_island_is_not_placed_by_the_dateline() -> None:
    """Only a town the text calls one takes the dateline's country, not an island or a strait."""
    # A story filed from a capital reports on a war or a trade far from it.
    island = Place("Kelbar Island", "other", None)
    placed = placed_by_story([*FILED_AT_HOME, island], dateline_code="NO")
    assert placed[-1].country_code is None


def test_extraction_gives_a_town_the_cut_datelines_country(nlp: Language) -> None:
    """The dateline cut from the text ("COLOMBO") settles a tie of countries for an unknown town."""
    # Through `extract_entities`, for a town that no table knows.
    text = (
        "A landslide buried nine homes in the hill town of Kelvanna on Tuesday. Teams from "
        "Kandy dug through the mud. India offered help, and a ship left Chennai for Colombo. "
        "Japan pledged money, as did Mumbai firms. Kelvanna lies east of the capital."
    )
    towns = {e.name: e.place for e in extract_entities(nlp(text), "COLOMBO") if e.place}
    assert towns["Kelvanna"] == Place("Kelvanna", "city", "LK")
