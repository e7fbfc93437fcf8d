"""A subdivision's name that two countries' subdivisions bear is in the story's country."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_place_codes


def test_a_shared_subdivision_name_takes_the_story_country(nlp: Language) -> None:
    """ "Punjab" beside Lahore is Pakistan's province, not India's state of the name."""
    text = "Voters in Punjab queued for hours, officials in Lahore said."
    codes = labelled_place_codes(nlp, text, [("Punjab", "GPE"), ("Lahore", "GPE")])
    assert codes["Punjab"] == "PK"


def test_a_shared_subdivision_name_takes_the_country_most_places_are_in(nlp: Language) -> None:
    """ "Punjab" among towns of Pakistan is Pakistan's, though one town is read in India."""
    text = (
        "Floods hit Sindh and Punjab, officials in Karachi and Lahore said. "
        "Farmers near Hyderabad and Sukkur said fields were under water."
    )
    spans = ["Sindh", "Punjab", "Karachi", "Lahore", "Hyderabad", "Sukkur"]
    codes = labelled_place_codes(nlp, text, [(name, "GPE") for name in spans])
    assert codes["Punjab"] == "PK"
