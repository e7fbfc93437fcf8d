"""A pronoun that a sentence repeats after its one name: people of the other sex the
sentence also names do not keep "he"/"she" from that name."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_daughter_named_after_him_does_not_stop_he() -> None:
    """'... he gave his daughter Ann. He wrote': the woman cannot be "he"; it is Tom Vell."""
    text = (
        "The maker recalled the kites when Tom Vell, a teacher, saw the kite he gave his "
        "daughter Ann.\n\n"
        "He wrote to the maker: 'The string snapped at once.'"
    )
    assert speakers(text)[-1] == ("The string snapped at once.", "Tom Vell")


def test_a_son_named_after_him_still_stops_he() -> None:
    """'... the kite he gave his son Bill Vell. He wrote': two men named, so "he" is not known."""
    text = (
        "The maker recalled the kites when Tom Vell, a teacher, saw the kite he gave his "
        "son Bill Vell.\n\n"
        "He wrote to the maker: 'The string snapped at once.'"
    )
    assert speakers(text)[-1][1] != "Bill Vell"
