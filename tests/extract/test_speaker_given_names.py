"""The name a relative clause on an unnamed speaker gives ("who gave only her first
name, X") is the speaker's (`speaker_given_names`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_first_name_in_a_relative_clause_speaks() -> None:
    """'A cabbie who would only give his first name, Stavros, said: ...' is Stavros."""
    text = (
        "Queues stretched around the block at the petrol station on Monday.\n\n"
        "A cabbie who would only give his first name, Stavros, said: "
        '"I have been waiting since dawn for half a tank."'
    )
    assert speakers(text) == [("I have been waiting since dawn for half a tank.", "Stavros")]


def test_name_given_only_as_speaks() -> None:
    """'A fisherman who gave his name only as Bram said: ...' is Bram."""
    # Though the parser reads 'as Bram said' as a clause of its own.
    text = (
        "The harbour was full of boats that had not left in a week.\n\n"
        'A fisherman who gave his name only as Bram said: "The diesel costs more than the '
        'catch."'
    )
    assert speakers(text) == [("The diesel costs more than the catch.", "Bram")]


def test_unnamed_speaker_without_a_name_stays_unnamed() -> None:
    """'One driver, who did not want to be named, said' gives no one."""
    text = (
        "Queues stretched around the block at the petrol station on Monday.\n\n"
        'One driver, who did not want to be named, said: "I came straight from a night '
        'shift."'
    )
    assert speakers(text) == [("I came straight from a night shift.", None)]


def test_a_user_named_so_speaks() -> None:
    """'A user named Jo said: ...' is Jo, the name the participle gives."""
    text = "A user named Jo said: 'This is the worst service I have ever had.'"
    assert speakers(text) == [("This is the worst service I have ever had.", "Jo")]


def test_an_apposed_man_called_so_speaks() -> None:
    """'One shopper, a man called Dev, told the paper: ...' is Dev."""
    text = "One shopper, a man called Dev, told the paper: 'Prices have doubled since the spring.'"
    assert speakers(text) == [("Prices have doubled since the spring.", "Dev")]
