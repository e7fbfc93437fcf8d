"""'with X commenting: ...' gives the quote to the named X."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_with_one_user_named_beside_commenting() -> None:
    """'with one user, X, commenting: ...' gives the quote to X."""
    text = (
        "The video of the otter on the ferry ramp spread quickly online, with one user,"
        ' Tamsin Rowe, commenting: "Best thing on my feed all week."'
    )
    assert speakers(text) == [("Best thing on my feed all week.", "Tamsin Rowe")]


def test_with_a_name_commenting() -> None:
    """'with X commenting: ...' gives the quote to X."""
    text = (
        "The otter clip gathered thousands of replies by noon, with Tamsin Rowe"
        ' commenting: "Best thing on my feed all week."'
    )
    assert speakers(text) == [("Best thing on my feed all week.", "Tamsin Rowe")]
