"""A country's capital keeps its own name against a larger city's other name."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer


def test_a_capital_is_not_read_as_its_larger_neighbour() -> None:
    """ "New Delhi" is India's capital, not another name of Delhi, though GeoNames lists it so."""
    place = gazetteer().lookup("New Delhi")
    assert place is not None
    assert (place.name, place.country_code) == ("New Delhi", "IN")
