"""A quote followed by an inverted "So says X" is X's, however long the sentence about X runs."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_so_says_after_a_quote_gives_it_to_the_subject() -> None:
    """'"..." So says Nell Parrow, a ...' gives the quote to Parrow, not to the earlier speaker."""
    text = (
        'Harbour master Ann Vell said the quay would be rebuilt. "We start in June," she said.\n\n'
        '"The sea always wins in the end." So says Nell Parrow, a retired ferry pilot who has'
        " lived on the quay for forty years."
    )
    assert speakers(text)[-1] == ("The sea always wins in the end.", "Nell Parrow")


def test_so_without_a_verb_of_saying_names_nobody() -> None:
    """'"..." So began Nell Parrow's ...' is no attribution: the verb is not one of saying."""
    text = (
        'Harbour master Ann Vell said the quay would be rebuilt. "We start in June," she said.\n\n'
        '"The sea always wins in the end." So began a long winter for Nell Parrow, a retired'
        " ferry pilot who has lived on the quay for forty years."
    )
    assert speakers(text)[-1][1] != "Nell Parrow"
