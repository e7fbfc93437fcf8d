"""A place the model reads as a people's word before a noun of land is a place."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_place_codes


def test_a_town_read_as_a_people_before_regions_is_a_place(nlp: Language) -> None:
    """ "the Tambov and Lipetsk regions": both names are places, the first too."""
    text = "Air defences downed six drones over the Tambov and Lipetsk regions, officials said."
    places = labelled_place_codes(nlp, text, [("Tambov", "NORP"), ("Lipetsk", "GPE")])
    assert places.get("Tambov") == "RU"


def test_a_town_read_as_a_people_before_a_region_noun_is_a_place(nlp: Language) -> None:
    """ "the Khulna district": a known town before a noun of land is that place."""
    text = "Cyclone shelters filled across the Khulna district as the storm neared land."
    places = labelled_place_codes(nlp, text, [("Khulna", "NORP")])
    assert "Khulna" in places


def test_a_peoples_word_before_a_region_noun_stays_no_place(nlp: Language) -> None:
    """ "the Kurdish region": a people's adjective names no place of its own."""
    text = "Oil exports from the Kurdish region resumed on Monday, the ministry said."
    places = labelled_place_codes(nlp, text, [("Kurdish", "NORP")])
    assert "Kurdish" not in places
