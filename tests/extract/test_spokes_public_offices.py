"""A spokesman for an office of the law named by its place and role speaks for the office."""

from __future__ import annotations

from tests.extract.test_quotes import speakers as quote_speakers


def speakers(text: str) -> dict[str, str | None]:
    """Quote text -> speaker name of every quote of an article given as text."""
    return dict(quote_speakers(text))


def test_a_spokeswoman_for_a_county_prosecutor_gives_the_office() -> None:
    """'said a spokeswoman for the Orvell County prosecutor': the prosecutor's office speaks."""
    text = (
        "Two deputies were cleared after the crash on the ring road.\n\n"
        "‘The driver was released without any charge,’ said a spokeswoman for the Orvell "
        "County prosecutor."
    )
    assert speakers(text) == {
        "The driver was released without any charge": "Orvell County prosecutor's office"
    }


def test_a_pronoun_after_the_spokesman_goes_on_for_the_office() -> None:
    """'A spokesman for the Wendle district attorney said ... he said': still the office."""
    text = (
        "A spokesman for the Wendle district attorney said the inquiry was closed. "
        "‘We have no plans to reopen the file,’ he said."
    )
    assert speakers(text) == {
        "We have no plans to reopen the file": "Wendle district attorney's office"
    }
