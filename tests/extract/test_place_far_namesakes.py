"""A city far larger than the story country's namesake keeps its own country when named."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places


def test_a_far_larger_city_of_a_named_country_is_not_the_home_namesake() -> None:
    """A Spanish city five times its American namesake's size stays Spanish if Spain is named."""
    places = [
        Place("United States", "country", "US"),
        Place("Ohio", "region", "US"),
        Place("Texas", "region", "US"),
        Place("Spain", "country", "ES"),
        Place("Oviedo", "city", "ES"),
    ]
    settled = {p.name: p.country_code for p in settled_places(places)}
    assert settled["Oviedo"] == "ES"
