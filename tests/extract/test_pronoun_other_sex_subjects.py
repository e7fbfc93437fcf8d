"""Whom "he"/"she" refers to when the sentence before has a subject of the other sex."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_whom_a_man_acted_on_is_not_she_by_default() -> None:
    """ "Tom Orr replaced Kit Penn. '...,' she said": "she" is the host named before, not Penn."""
    # Nothing says Kit Penn is a woman, so "she" is not taken as the one person left over.
    text = (
        "Ann Barr hosted the quiz show on the radio for twenty years, and she will stay "
        "on as the host of the summer games.\n\n"
        "Tom Orr replaced Kit Penn as captain in 2008.\n\n"
        '"I loved every year of it," she said.'
    )
    assert speakers(text)[-1] == ("I loved every year of it", "Ann Barr")


def test_whom_a_man_acted_on_is_she_when_her_sex_is_stated() -> None:
    """ "Tom Orr praised Mrs Kit Penn. '...,' she said": the title states she is a woman."""
    text = (
        "The Tarland fete raised a record sum on Saturday.\n\n"
        "Tom Orr praised Mrs Kit Penn for her work on the stalls.\n\n"
        '"It was a team effort," she said.'
    )
    assert speakers(text)[-1] == ("It was a team effort", "Kit Penn")
