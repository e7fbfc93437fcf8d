"""Hinting reports words: "hinted at '...'" and "hinted that '...'" are said by the hinter."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_hinted_at_quoted_words_are_the_subjects() -> None:
    """'Dorne had hinted at ‘a hard winter’' gives the fragment to Dorne."""
    found = speakers(
        "Farmer Ellis Dorne has warned about feed prices.\n\n"
        "Speaking at the county show in May, Dorne had hinted at ‘a hard winter’ for growers."
    )
    assert found == [("a hard winter", "Ellis Dorne")]


def test_hinted_that_with_a_pronoun_reads_back() -> None:
    """'She hinted that ‘...’' is the woman the pronoun refers to."""
    found = speakers(
        "Novelist Petra Hallam is working on a new book.\n\n"
        "She hinted that ‘an old friend’ would return in it."
    )
    assert found == [("an old friend", "Petra Hallam")]
