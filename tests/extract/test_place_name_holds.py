"""A place no table lists, whose name holds a town or country the story names, is there."""

from __future__ import annotations

from generator.extract.lexicon import Place
from generator.extract.place_story import placed_by_story

#: A story mostly of American places that names one Russian city.
AMERICAN = [
    Place("United States", "country", "US"),
    Place("Chicago", "city", "US"),
    Place("Boston", "city", "US"),
    Place("Moscow", "city", "RU"),
]


def test_a_tower_named_with_a_foreign_city_is_in_its_country() -> None:
    """ "Moscow Quillby Tower" is Russian in an American story; "Moscow Road" stays American."""
    # "Moscow Road", a way named after a far city, stays of the story's country.
    tower = Place("Moscow Quillby Tower", "other", None)
    road = Place("Moscow Road", "other", None)
    placed = placed_by_story([*AMERICAN, tower, road])
    assert [p.country_code for p in placed[-2:]] == ["RU", "US"]


def test_the_city_may_end_the_name_and_must_be_the_storys() -> None:
    """ "Quillby Moscow" is Russian; "Lisbon Quillby Hall" takes the story's country."""
    # "Lisbon Quillby Hall" holds a town the story never names, so the story's country places it.
    project = Place("Quillby Moscow", "other", None)
    hall = Place("Lisbon Quillby Hall", "other", None)
    placed = placed_by_story([*AMERICAN, project, hall])
    assert [p.country_code for p in placed[-2:]] == ["RU", "US"]
