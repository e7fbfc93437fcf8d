"""A city known by the end of its name ("Hull") beats an obscure town of that own name."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer


def test_a_larger_better_known_city_takes_the_end_of_its_name() -> None:
    """ "Hull" is Kingston upon Hull (GB), not the Quebec town GeoNames knows one other name for;
    "San Sebastian" is the Spanish city."""
    places = gazetteer()
    hull = places.city("Hull")
    assert hull is not None and hull.country_code == "GB"
    san_sebastian = places.city("San Sebastian")
    assert san_sebastian is not None and san_sebastian.country_code == "ES"


def test_an_other_name_that_is_no_end_of_the_name_takes_nothing() -> None:
    """A famous city's other spellings that are not the end of its name ("Can" for Caen,
    "Elst" for Elista) leave the towns of those own names where they are."""
    places = gazetteer()
    for name, code in (("Can", "TR"), ("Elst", "NL")):
        town = places.city(name)
        assert town is not None and town.country_code == code
