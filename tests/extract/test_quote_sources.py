"""A quote that the phrase just before it calls a quotation of someone is that one's words."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_quote_from_the_named_poet_before_a_colon() -> None:
    """'under a quote from poet X: "..."' gives the quote to X."""
    text = (
        "Her second novel reached the shops on Friday. Chapter one begins under a quote from"
        " poet Ambrose Tellwick: 'The tide keeps what it takes and gives back the rest.'"
    )
    assert speakers(text) == [
        ("The tide keeps what it takes and gives back the rest.", "Ambrose Tellwick")
    ]


def test_a_line_by_the_poet_with_the_name_in_apposition() -> None:
    """'a line by the poet X: "..."' gives the quote to X, the name after its noun."""
    text = (
        "The memorial bench was unveiled at noon. Its plaque bears a line by the poet"
        " Ambrose Tellwick: 'Sit a while, the gulls will wait for you.'"
    )
    assert speakers(text) == [("Sit a while, the gulls will wait for you.", "Ambrose Tellwick")]


def test_a_quote_attributed_to_someone_closes_the_sentence_before() -> None:
    """'a quote attributed to X. "..."' gives the next sentence's quote to X."""
    text = (
        "The debate on the harbour levy ran late into the night. I keep coming back to a"
        " quote attributed to Ambrose Tellwick. 'A town that sells its shore has nothing"
        " left to sell.'"
    )
    assert speakers(text) == [
        ("A town that sells its shore has nothing left to sell.", "Ambrose Tellwick")
    ]
