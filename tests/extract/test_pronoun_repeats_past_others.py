"""A pronoun that a sentence repeats after its one name: people of the other sex the
sentence also names do not keep "he"/"she" from that name."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_daughter_named_after_him_does_not_stop_he() -> None:
    """'... after Tom Vell found one he had bought for his daughter Ann. He told ...': the
    woman named there cannot be "he", so the repeated "he" is Tom Vell."""
    text = (
        "The shop pulled the doll after Tom Vell, 35, found one he had bought for his "
        "daughter Ann.\n\n"
        "He told the shop: 'I was shocked by it.'"
    )
    assert speakers(text)[-1] == ("I was shocked by it.", "Tom Vell")


def test_a_son_named_after_him_still_stops_he() -> None:
    """'... after Tom Vell found one he had bought for his son Bill Vell. He told ...': two
    men named there, so the sentence does not say which one "he" is."""
    text = (
        "The shop pulled the doll after Tom Vell, 35, found one he had bought for his "
        "son Bill Vell.\n\n"
        "He told the shop: 'I was shocked by it.'"
    )
    assert speakers(text)[-1][1] != "Bill Vell"
