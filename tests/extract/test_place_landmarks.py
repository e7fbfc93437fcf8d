"""Landmarks no data library lists, named without their city: the landmarks table places them."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.place_landmarks import landmark_country
from tests.extract.conftest import labelled_place_codes


def test_a_seat_of_government_beside_a_foreign_country_is_of_its_own(nlp: Language) -> None:
    """A seat of government in a story naming only a country abroad is not left unplaced."""
    text = (
        "Aides at Leinster House said on Tuesday that the trade envoy would fly to Peru "
        "next month to discuss copper exports."
    )
    places = labelled_place_codes(nlp, text, [("Leinster House", "FAC"), ("Peru", "GPE")])
    assert places["Leinster House"] == "IE"


def test_a_landmark_does_not_take_the_country_most_places_are_in(nlp: Language) -> None:
    """A London palace in a story of mostly American towns stays in Britain."""
    text = (
        "Before she edited papers in Denver, Tulsa and Omaha, Ida Brannock learned her trade "
        "outside Clarence House, where she covered royal visits."
    )
    labels = [("Denver", "GPE"), ("Tulsa", "GPE"), ("Omaha", "GPE"), ("Clarence House", "FAC")]
    places = labelled_place_codes(nlp, text, labels)
    assert places["Clarence House"] == "GB"


def test_a_landmark_is_looked_up_by_its_written_forms() -> None:
    """Case, a leading "the" and dots do not hide a landmark; a street not listed is none."""
    assert landmark_country("the Zhongnanhai") == "CN"
    assert landmark_country("WORMWOOD SCRUBS") == "GB"
    assert landmark_country("Kelby Street") is None
