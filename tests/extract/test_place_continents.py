"""A continent's name is the continent, not a small town that bears it."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Place


def test_a_continent_beats_a_town_of_its_name() -> None:
    """ "Asia" is a continent of no country, though a town of 20,000 in one country bears it."""
    assert gazetteer().city("Asia") is not None  # the town the table also knows
    assert gazetteer().lookup("Asia") == Place("Asia", "region", None)


def test_a_city_is_still_found_first() -> None:
    """A name no continent bears is still looked up among the cities first."""
    found = gazetteer().lookup("Lyon")
    assert found is not None and found.kind == "city" and found.country_code == "FR"
