"""A city known by the end of its name ("Hull") beats an obscure town of that own name."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer


def test_a_larger_better_known_city_takes_the_end_of_its_name() -> None:
    """ "Hull" is Kingston upon Hull (GB), not the Quebec town GeoNames knows one other name
    for."""
    hull = gazetteer().city("Hull")
    assert hull is not None and hull.country_code == "GB"


def test_a_city_of_two_names_takes_no_key_from_a_town() -> None:
    """ "Donostia / San Sebastián" would name a hub with a slash: the town of the key's own
    name keeps it."""
    town = gazetteer().city("San Sebastian")
    assert town is not None and "/" not in town.name


def test_an_other_name_that_is_no_end_of_the_name_takes_nothing() -> None:
    """A famous city's other spellings that are not the end of its name ("Can" for Caen,
    "Elst" for Elista) leave the towns of those own names where they are."""
    places = gazetteer()
    for name, code in (("Can", "TR"), ("Elst", "NL")):
        town = places.city(name)
        assert town is not None and town.country_code == code
