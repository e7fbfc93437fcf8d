"""A town or region the model left untagged is a place when an apposition says what and where."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import Place
from tests.extract.conftest import labelled_places


def test_an_untagged_town_set_off_as_a_town_in_a_province_is_its_city(nlp: Language) -> None:
    """ "Brindleford, a town in Ontario, Canada": a Canadian town though the model read nothing."""
    text = "Police were called to a farm near Brindleford, a town in Ontario, Canada, on Tuesday."
    places = labelled_places(nlp, text, [("Ontario", "GPE"), ("Canada", "GPE")])
    assert places.get("Brindleford") == Place("Brindleford", "city", "CA")


def test_an_untagged_region_set_off_as_a_province_of_a_country_is_its_region(
    nlp: Language,
) -> None:
    """ "Kelbavik, a province of Norway": a region of the country after "of"."""
    text = "Floods cut off Kelbavik, a province of Norway, for two days, officials said."
    places = labelled_places(nlp, text, [("Norway", "GPE")])
    assert places.get("Kelbavik") == Place("Kelbavik", "region", "NO")


def test_a_person_set_off_as_a_town_councillor_is_no_place(nlp: Language) -> None:
    """ "Tolling, a town councillor in Kent": the noun after "town" is a person's, not a place."""
    text = "The plan was opposed by Tamsyn Tolling, a town councillor in Kent, who spoke first."
    places = labelled_places(nlp, text, [("Tamsyn Tolling", "PERSON"), ("Kent", "GPE")])
    assert "Tamsyn Tolling" not in places and "Tolling" not in places


def test_the_end_of_a_longer_untagged_name_is_no_town(nlp: Language) -> None:
    """ "Lake Kelbmere, a village in Kent": the name the model missed opens before the word."""
    text = "Residents of Upper Kelbmere, a village in Kent, said the road had flooded again."
    places = labelled_places(nlp, text, [("Kent", "GPE")])
    assert "Kelbmere" not in places
