"""A single mark right after a dash that breaks off speech ("I went –' she said") closes
the quote; a dash before an opening mark still opens one."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_straight_single_after_a_spaced_dash_closes() -> None:
    """'... I went –' the senator said: the quote stops at the mark after the dash."""
    text = "'We paid every bill on time. We went –' Tom Vell said, but Ann Roke cut in."
    assert texts(text) == ["We paid every bill on time. We went –"]


def test_a_curly_single_after_an_unspaced_dash_closes() -> None:
    """‘... never—’ she said: an em dash glued to the word and the mark."""
    text = "‘The Tarland line will never—’ Ann Roke began, before the chair stopped her."
    assert texts(text) == ["The Tarland line will never—"]


def test_a_mark_after_a_dash_and_one_space_closes() -> None:
    """‘... never – ’ with a space on both sides of the dash still closes."""
    text = "‘The Tarland line will never – ’ Ann Roke said as the chair stopped her."
    assert texts(text) == ["The Tarland line will never –"]


def test_a_dash_before_an_opening_mark_still_opens() -> None:
    """He had one answer – ‘no’ – for us: the mark before a letter opens a quote."""
    text = "Tom Vell had one answer – ‘we will never sell the Tarland mill’ – and left."
    assert texts(text) == ["we will never sell the Tarland mill"]
