"""A name that ends a title phrase with a preposition in it is the speaker's."""

from __future__ import annotations

import pytest

from tests.extract.test_quote_frames import speakers

QUOTE = "The river will flood the lower fields by spring."


def said_by(attribution: str, marks: str = "‘’") -> str | None:
    """The speaker of a quote attributed as given, after a sentence that names no one."""
    text = f"Rangers closed the path on Friday.\n\n{marks[0]}{QUOTE[:-1]},{marks[1]} {attribution}."
    return speakers(text)[QUOTE[:-1]]


@pytest.mark.parametrize(
    "attribution",
    ["said Head Ranger in Residence Tom Ames", "Head Ranger in Residence Tom Ames said"],
)
def test_name_after_a_title_with_a_preposition_speaks(attribution: str) -> None:
    """'Head Ranger in Residence Tom Ames said' gives Tom Ames, not a made-up person."""
    assert said_by(attribution) == "Tom Ames"


def test_a_body_closing_the_title_is_no_person() -> None:
    """'the head of the Ledger said' names no person and gives nobody."""
    assert said_by("the head of the Ledger said") is None


def test_spokesman_for_a_council_speaks_for_it() -> None:
    """'a spokesman for Norport Council said' still gives the council."""
    assert said_by("a spokesman for Norport Council said") == "Norport Council"


def test_name_right_after_the_preposition_is_not_the_speaker() -> None:
    """'the lawyer for Tom Ames said' is the lawyer, whom the text does not name."""
    assert said_by("the lawyer for Tom Ames said") is None


def test_a_name_the_phrase_is_of_is_not_the_speaker() -> None:
    """'an aide to Senator Tom Ames said', which the parser gives no subject: the aide speaks."""
    assert said_by("an aide to Senator Tom Ames said", "''") is None


def test_a_name_after_its_own_title_still_speaks() -> None:
    """'Norport council leader Tom Ames said' gives Tom Ames: the words are his title."""
    assert said_by("Norport council leader Tom Ames said") == "Tom Ames"
