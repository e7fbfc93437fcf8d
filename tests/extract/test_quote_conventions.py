"""The family of marks that opens sentences of speech is a text's convention, even when
the other family is written more often (nicknames, titles, quotes inside speech)."""

from __future__ import annotations

from generator.extract.quote_conventions import convention
from generator.extract.quote_mark_roles import DOUBLE, SINGLE
from generator.extract.quote_marks import find_quotes

#: Straight singles for speech; doubles, more of them, for nicknames only.
_NICKNAMES = (
    'Two men known as "The Badger" and "Big Sal" stole a boat. The pair, called "the '
    "Harbour Ghosts\" by locals, were caught. Constable Ann Vell said: 'They were not hard "
    "to find.' The owner, Tom Ebb, said: 'I only want my boat back.'"
)
#: Straight singles for speech, with doubles nested inside it.
_NESTED = (
    'Ann Vell said: \'The song "Low Tide" got me through it. I sang it "every single '
    "day\" on the ward.' Her son said: 'She was \"hooked\" on it.'"
)


def test_singles_that_open_speech_are_the_convention_beside_nicknames() -> None:
    """Three nicknames in doubles, two speeches in straight singles: singles."""
    assert convention(_NICKNAMES) == SINGLE


def test_the_speeches_in_straight_singles_are_found_beside_nicknames() -> None:
    """Both straight-single speeches are read as quotes, not as apostrophes."""
    found = [q.text for q in find_quotes(_NICKNAMES)]
    assert "They were not hard to find." in found
    assert "I only want my boat back." in found


def test_speech_in_straight_singles_with_nested_doubles_is_found() -> None:
    """'The song "Low Tide" ...': the outer singles are the speech, doubles inside it."""
    found = [q.text for q in find_quotes(_NESTED)]
    assert found[0].startswith("The song")
    assert found[-1] == 'She was "hooked" on it.'


def test_doubles_that_open_speech_stay_the_convention() -> None:
    """American copy with a quote inside a quote in singles keeps doubles."""
    text = "Tom Ebb said, \"I told him, 'Stay home,' and he left.\" It rained."
    assert convention(text) == DOUBLE
