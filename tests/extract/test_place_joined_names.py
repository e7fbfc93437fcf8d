"""A country's or region's name with "and" inside it is one place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PLACE, extract_entities


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    found = [e for e in extract_entities(nlp(text)) if e.kind == PLACE]
    return {e.name: e.place.country_code if e.place else None for e in found}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Flights to Antigua and Barbuda resumed on Monday.", "Antigua and Barbuda", "AG"),
        ("She grew up in Newfoundland and Labrador.", "Newfoundland and Labrador", "CA"),
        ("Storms hit Saint Vincent and the Grenadines.", "Saint Vincent and the Grenadines", "VC"),
        ("Police in Tyne and Wear made two arrests on Monday.", "Tyne and Wear", "GB"),
    ],
)
def test_a_name_with_and_inside_is_one_place(
    nlp: Language, text: str, name: str, code: str
) -> None:
    """The model reads "Barbuda" as a person and "Newfoundland", "Labrador" as two places."""
    assert _places(nlp, text) == {name: code}


def test_a_town_before_such_a_region_takes_its_country(nlp: Language) -> None:
    """ "Tarnby Cove, Newfoundland and Labrador": the region after the comma places the town."""
    text = "A family escaped a fire in Tarnby Cove, Newfoundland and Labrador, on Sunday."
    places = _places(nlp, text)
    assert places.get("Tarnby Cove") == "CA" and "Newfoundland and Labrador" in places


def test_two_places_joined_by_and_stay_two(nlp: Language) -> None:
    """ "England and Wales", "Kent and Essex": two places each named in full."""
    text = "Rail strikes in England and Wales spread to Kent and Essex."
    assert {"England", "Wales", "Kent", "Essex"} <= set(_places(nlp, text))
