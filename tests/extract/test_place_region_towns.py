"""A subdivision with a town of its own name at home beats a far city the name only spells."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer


def test_a_region_and_its_town_beat_a_far_city_spelt_alike() -> None:
    """ "Puno" is Peru's region (and its capital), not another spelling of India's Pune."""
    place = gazetteer().lookup("Puno")
    assert place is not None and place.country_code == "PE" and place.name == "Puno"


def test_a_french_department_is_no_spelling_of_a_capital() -> None:
    """ "Vienne", a French department with a town of that name, is not Vienna."""
    place = gazetteer().lookup("Vienne")
    assert place is not None and place.country_code == "FR"


def test_a_famous_city_keeps_a_spelling_no_home_town_bears() -> None:
    """A world city's spelling no town of the region's country bears names it ("Bombay")."""
    place = gazetteer().lookup("Bombay")
    assert place is not None and place.country_code == "IN"
