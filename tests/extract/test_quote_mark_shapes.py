"""Curly doubles turned round, spaced guillemets and inch marks: the neighbours, not the
shape, say what a mark does (`quote_mark_shapes`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_left_double_mark_after_the_words_closes_the_quote() -> None:
    """A “ after a comma or a stop and before a space ends the quote, as ” would."""
    text = (
        "“We will fight this all the way,“ said Ilse Moravec, the club secretary. "
        "“The pitch belongs to the village.“"
    )
    assert texts(text) == [
        "We will fight this all the way",
        "The pitch belongs to the village.",
    ]


def test_low_nine_quotes_close_with_a_left_double_mark() -> None:
    """The German „so“: a “ after a word and before a small word closes the quote."""
    text = (
        "The growers said „prices have fallen too far“ and called a strike. "
        "„We will not sell below cost,“ said Tamsin Ewart, a grower."
    )
    assert texts(text) == ["prices have fallen too far", "We will not sell below cost"]


def test_a_right_double_mark_before_a_word_opens_the_quote() -> None:
    """A ” after a colon or a stop and before a word opens the quote."""
    text = "The keeper said: ”We kept going until the very end.” Then he left the field."
    assert texts(text) == ["We kept going until the very end."]


def test_a_spaced_guillemet_before_a_comma_closes_the_quote() -> None:
    """« words », said X: the spaced » before a comma closes the quote."""
    text = "« We have waited long enough », said Odile Marchetti, a baker in the town."
    assert texts(text) == ["We have waited long enough"]


def test_feet_and_inches_do_not_close_a_straight_quote() -> None:
    """ "At 6'2", he ...": the inch mark after feet and inches closes nothing."""
    text = '"At 6\'2", my brother still cannot reach the top shelf," said Rory Delane.'
    assert texts(text) == ["At 6'2\", my brother still cannot reach the top shelf"]


def test_an_inch_mark_after_a_number_in_an_odd_paragraph_closes_nothing() -> None:
    """A straight mark after a number, one too many for the paragraph, measures inches."""
    text = '"They sold us a 32" television that never worked," said Wendell Ashby, a buyer.'
    assert texts(text) == ['They sold us a 32" television that never worked']


def test_a_number_before_a_paired_closing_mark_still_closes() -> None:
    """ "We won 3-1" said ...: with the marks paired, the mark after a number closes."""
    text = '"We won 3-1" said the coach, Pim Aldous. "Nobody expected it at all."'
    assert texts(text) == ["We won 3-1", "Nobody expected it at all."]
