"""A city known by the end of its name ("Hull") beats an obscure town of that own name;
a town keeps its own name from a larger city abroad that is no better known."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer


def test_a_larger_better_known_city_takes_the_end_of_its_name() -> None:
    """ "Hull" is Kingston upon Hull (GB), not the Quebec town GeoNames knows by another name."""
    hull = gazetteer().city("Hull")
    assert hull is not None and hull.country_code == "GB"


def test_a_city_of_two_names_takes_no_key_from_a_town() -> None:
    """ "Donostia / San Sebastián" would name a hub with a slash: the town keeps its key."""
    town = gazetteer().city("San Sebastian")
    assert town is not None and "/" not in town.name


def test_an_other_name_that_is_no_end_of_the_name_takes_nothing() -> None:
    """A city's other spelling that is no end of its name ("Can" for Caen) takes no town's name."""
    # "Can" for Caen, "Elst" for Elista: the towns of those own names stay where they are.
    places = gazetteer()
    for name, code in (("Can", "TR"), ("Elst", "NL")):
        town = places.city(name)
        assert town is not None and town.country_code == code


def test_a_town_as_well_known_abroad_keeps_its_own_name() -> None:
    """ "Monterey" and "Pueblo" are the US towns: the Mexican cities are not far better known."""
    places = gazetteer()
    for name in ("Monterey", "Pueblo"):
        town = places.city(name)
        assert town is not None and (town.name, town.country_code) == (name, "US")
