"""Cities named for a saint are known by the short form English writes ("St Nazaire")."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer


def test_a_saint_city_is_known_by_its_short_form() -> None:
    """ "St Nazaire" is GeoNames' "Saint-Nazaire", the French port."""
    found = gazetteer().lookup("St Nazaire")
    assert found is not None
    assert (found.name, found.kind, found.country_code) == ("Saint-Nazaire", "city", "FR")


def test_a_spaced_saint_city_is_known_by_its_short_form() -> None:
    """ "St Neots" is GeoNames' "Saint Neots", the English town."""
    found = gazetteer().lookup("St Neots")
    assert found is not None and found.country_code == "GB"


def test_a_short_form_another_city_bears_stays_that_city() -> None:
    """ "St Louis", a US city's own name, is not taken by Senegal's Saint-Louis."""
    found = gazetteer().lookup("St Louis")
    assert found is not None and found.country_code == "US"


def test_a_saint_given_name_alone_is_no_city() -> None:
    """ "St John" names churches, schools and hospitals as often as Canada's Saint John."""
    assert gazetteer().lookup("St John") is None
