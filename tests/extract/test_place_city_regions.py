"""A city the text calls a subdivision ("the Voronezh region") is the region of its name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import Place
from tests.extract.conftest import labelled_places


def test_a_city_before_region_is_the_region(nlp: Language) -> None:
    """ "the Voronezh region": the Russian region of the city's name, not the city."""
    text = "Wildfires spread across the Voronezh region on Monday, the emergency ministry said."
    places = labelled_places(nlp, text, [("Voronezh", "GPE")])
    assert places.get("Voronezh") == Place("Voronezh", "region", "RU")


def test_a_city_the_text_also_calls_a_city_stays_the_city(nlp: Language) -> None:
    """ "the city of Voronezh" beside "the Voronezh region": the text says city too."""
    text = "Fires neared the city of Voronezh and spread across the Voronezh region, police said."
    places = labelled_places(nlp, text, [("Voronezh", "GPE"), ("Voronezh", "GPE")])
    place = places.get("Voronezh")
    assert place is not None and place.kind == "city"


def test_a_city_alone_stays_the_city(nlp: Language) -> None:
    """ "flights to Voronezh": the city."""
    text = "Flights to Voronezh were cancelled on Monday, the airline said."
    places = labelled_places(nlp, text, [("Voronezh", "GPE")])
    place = places.get("Voronezh")
    assert place is not None and place.kind == "city"
