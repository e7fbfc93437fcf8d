"""A pronoun that a sentence repeats after its one name: people of the other sex the
sentence also names do not keep "he"/"she" from that name."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_daughter_named_after_him_does_not_stop_he() -> None:
    """'... when Tom Vell saw the kite he gave his daughter Ann. He wrote ...': the
    woman named there cannot be "he", so the repeated "he" is Tom Vell."""
    text = (
        "The maker recalled the kites when Tom Vell, a teacher, saw the kite he gave his "
        "daughter Ann.\n\n"
        "He wrote to the maker: 'The string snapped at once.'"
    )
    assert speakers(text)[-1] == ("The string snapped at once.", "Tom Vell")


def test_a_son_named_after_him_still_stops_he() -> None:
    """'... when Tom Vell saw the kite he gave his son Bill Vell. He wrote ...': two
    men named there, so the sentence does not say which one "he" is."""
    text = (
        "The maker recalled the kites when Tom Vell, a teacher, saw the kite he gave his "
        "son Bill Vell.\n\n"
        "He wrote to the maker: 'The string snapped at once.'"
    )
    assert speakers(text)[-1][1] != "Bill Vell"
