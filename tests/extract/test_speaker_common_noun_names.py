"""A name the tagger calls a common noun still makes the subject a quote after it goes on from."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_surname_tagged_as_a_noun_is_the_narrative_subject() -> None:
    """ "Greaves, speaking later ..., struck a calmer tone. '...'": his words."""
    text = (
        "Dunmore manager Tom Greaves was furious with the referee after the game.\n\n"
        "Greaves, speaking later on the club's own channel, struck a calmer tone. "
        "'We'll go again. There are twenty games left and we're four points off the top.'"
    )
    assert speakers(text)[0][1] == "Tom Greaves"
