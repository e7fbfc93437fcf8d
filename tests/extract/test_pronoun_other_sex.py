"""A "she" after a sentence whose main subject is "he" (or the reverse): the chain of
the other sex is read past to a person known to be of the pronoun's sex."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_she_reads_past_a_sentence_about_him_to_the_woman_before() -> None:
    """'She said' after 'He could not sit still' is Ann Roke, named before him."""
    text = (
        "Ann Roke said Tom Vell was cold. He could not sit still at dinners. "
        'She said: "He learned nothing from his parents."'
    )
    assert speakers(text)[-1] == ("He learned nothing from his parents.", "Ann Roke")


def test_past_him_a_person_of_unknown_sex_is_not_she() -> None:
    """Read past 'he', only a person known to be a woman is 'she': Sam Orr is not."""
    text = (
        "Sam Orr said Tom Vell was cold. He could not sit still at dinners. "
        'She said: "He learned nothing from his parents."'
    )
    assert speakers(text)[-1] == ("He learned nothing from his parents.", None)


def test_past_him_an_unnamed_woman_stops_the_search() -> None:
    """'Tom went to a bar with a woman. He left early. She said': maybe that woman, not Ann Roke."""
    text = (
        "Ann Roke met Tom Vell on Monday. Later Tom Vell went to a bar with a woman. "
        'He left early. She said: "He learned nothing from his parents."'
    )
    assert speakers(text)[-1] == ("He learned nothing from his parents.", None)
