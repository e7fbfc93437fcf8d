"""A title written with capitals ("the Governor said") is not read back to the person
just named when no stated role or title gives them an office."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

QUOTE = '"We will build more homes in the valley."'
BEFORE = "Tom Ames told the Ledger the new houses in Norport would be late."


def test_a_title_is_not_whoever_was_named() -> None:
    """ "Tom Ames spoke. '...,' the Governor said" has no speaker."""
    text = f"{BEFORE} {QUOTE[:-2]}," + '" the Governor said.'
    assert speakers(text)[-1][1] is None


def test_a_title_in_the_future_is_not_whoever_was_named() -> None:
    """ "'...,' the Governor will say" after an untitled person has no speaker."""
    text = f"{BEFORE} {QUOTE[:-2]}," + '" the Governor will say.'
    assert speakers(text)[-1][1] is None


def test_the_titled_person_still_speaks() -> None:
    """ "Governor Tom Ames spoke. '...,' the Governor said" is him."""
    text = f"Governor {BEFORE} {QUOTE[:-2]}," + '" the Governor said.'
    assert speakers(text)[-1][1] == "Tom Ames"


def test_a_plain_description_still_speaks() -> None:
    """ "Tom Ames, 45, spoke. '...,' the 45-year-old said" is still him."""
    aged = BEFORE.replace("Tom Ames", "Tom Ames, 45,")
    text = f"{aged} {QUOTE[:-2]}," + '" the 45-year-old said.'
    assert speakers(text)[-1][1] == "Tom Ames"
