"""A quote opened with one family of marks and closed with the other (‘...," or “...')
ends at that closing mark; apostrophes and nested quotes keep their old reading."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_single_opening_closed_by_a_double_mark_ends_there() -> None:
    """‘...,” she said: the words stop at the double mark, not at the paragraph's end."""
    text = "‘We will open the Norport bridge next spring,” Ann Vell said. It’s late."
    assert texts(text) == ["We will open the Norport bridge next spring"]


def test_a_double_opening_closed_by_a_straight_single_ends_there() -> None:
    """“...,' he said in a text that quotes with doubles: the straight mark closes."""
    text = "“The harbour has never been so quiet,' Tom Ames said. He's worried."
    assert texts(text) == ["The harbour has never been so quiet"]


def test_two_speakers_split_at_a_mixed_close() -> None:
    """A mixed close followed by a new quote gives two quotes, not one running on."""
    text = (
        "‘We lost the vote,” Ann Vell said. ‘We will try again next year.’\n\n"
        "‘Nobody expected it,’ Tom Ames said."
    )
    assert texts(text) == [
        "We lost the vote",
        "We will try again next year.",
        "Nobody expected it",
    ]


def test_a_nested_quote_closed_by_its_own_family_stays_nested() -> None:
    """“He wrote 'no entry,' and left,” : the straight mark closes the inner words only."""
    text = "“He wrote 'no entry, no exit,' on the gate and left,” Ann Vell said."
    assert texts(text) == ["He wrote 'no entry, no exit,' on the gate and left"]


def test_apostrophes_never_close_a_mixed_quote() -> None:
    """O’Neill, rock ’n’ roll, the ’70s and "the players’ union" close nothing."""
    text = (
        "“Tom O’Neill played rock ’n’ roll in the ’70s for the players’ union "
        "and everyone danced,’ Ann Vell said."
    )
    assert texts(text) == [
        "Tom O’Neill played rock ’n’ roll in the ’70s for the players’ union and everyone danced"
    ]
