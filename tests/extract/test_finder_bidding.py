"""Verbs of bidding attribute the words they bid with: 'implored them to "..."' is the
bidder's, as 'urged them to "..."' is the urger's."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import speakers


@pytest.mark.parametrize("verb", ["implored", "ordered", "instructed"])
def test_the_one_who_bids_says_the_words_bidden(verb: str) -> None:
    """'She implored (ordered, instructed) the crowd to "..."': the bidder's words."""
    text = f"Mara Quill stood at the gate. She {verb} the crowd to ‘go home and keep warm tonight’."
    assert speakers(text) == [("go home and keep warm tonight", "Mara Quill")]
