"""Other names of a city: a syllable is none of them, a hyphened name is its spaced form too."""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Place
from generator.extract.place_countries import settled_places


def test_a_three_letter_other_name_is_no_city() -> None:
    """ "Sol", a syllable GeoNames lists among Seoul's names, names no city."""
    assert gazetteer().city("Sol") is None


def test_a_three_letter_spelling_of_a_short_name_is_the_city() -> None:
    """ "Fez" spells Fes with one letter changed: it is the Moroccan city."""
    found = gazetteer().city("Fez")
    assert found is not None and found.country_code == "MA"


def test_a_hyphened_city_is_known_by_its_spaced_name() -> None:
    """ "San Pedro" without its hyphen is Ivory Coast's port in an Ivorian story, not Paraguay's."""
    # Not the Paraguayan department the tables read first.
    places = [Place("Ivory Coast", "country", "CI"), Place("Abidjan", "city", "CI")]
    found = gazetteer().lookup("San Pedro")
    assert found is not None
    settled = settled_places([found, *places])[0]
    assert settled.kind == "city" and settled.country_code == "CI"
