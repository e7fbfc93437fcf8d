"""Sentences that only point to what follows ("Here is what we know so far.") are no key points."""

from __future__ import annotations

import pytest

from generator.extract.nlp import load_nlp
from generator.extract.summary import digest

_LEAD = "Bus drivers in Kelby will strike for three days next week in a row over pay.\n\n"
_REST = (
    "\n\nThe union said talks had broken down on Friday.\n\n"
    "All 14 routes run by the company will stop.\n\n"
    "The company said it had offered a rise of 6%."
)


@pytest.mark.parametrize(
    "signpost",
    [
        "Here is what we know so far.",
        "Here\u2019s how the strike will affect you.",
        "This is everything you need to know about the walkout.",
    ],
)
def test_a_signpost_is_no_key_point(signpost: str) -> None:
    """A pointer to the rest of the story tells the reader nothing of its own."""
    points = digest(load_nlp()(_LEAD + signpost + _REST)).key_points
    assert signpost not in points
    assert "The union said talks had broken down on Friday." in points


def test_a_statement_opening_like_a_signpost_stays() -> None:
    """ "Here is where the fire started, police said, ..." says something: it stays a point."""
    told = "Here is where the fire started, a fire officer said, pointing to the back door."
    points = digest(load_nlp()(_LEAD + told + _REST)).key_points
    assert any(point.startswith("Here is where the fire started") for point in points)
