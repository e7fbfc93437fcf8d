"""A paragraph of a long speech that lost its opening mark but keeps its closing one
goes on with the speech left open before it (`quote_marks`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_closing_mark_after_a_stop_ends_the_speech_left_open() -> None:
    """‘words.¶more words,’ she said: the second paragraph is the same quote."""
    text = (
        "Della Marsh said: ‘We queued at the gate for three hours.\n\n"
        "Nobody came out to tell us what was going on,’ she said.\n\n"
        "The venue apologised."
    )
    assert texts(text) == [
        "We queued at the gate for three hours. Nobody came out to tell us what was going on"
    ]


def test_a_possessive_mark_in_the_next_paragraph_takes_no_words() -> None:
    """‘words.¶The drivers’ union ...: a mark after a word, not after a stop, closes nothing."""
    text = (
        "Della Marsh said: ‘We queued at the gate for three hours.\n\n"
        "The drivers’ union said the staff had been sent home early."
    )
    assert texts(text) == ["We queued at the gate for three hours."]
