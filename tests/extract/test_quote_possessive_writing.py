"""A writing owned by a name written with a bare apostrophe ("Ames' statement read"),
in a short clause after a quote that the parser misreads as a noun phrase."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_bare_apostrophe_is_no_closing_quote_mark() -> None:
    """'"...," Ames' statement read.': the possessive's apostrophe closes no quote; Ames wrote."""
    # So the statement is the subject and Ames its writer.
    text = (
        "Tom Ames quit the harbour board on Monday.\n\n"
        "'We will fight this ruling of the harbour board in every court we can,' "
        "Ames' statement read."
    )
    assert speakers(text) == [
        (
            "We will fight this ruling of the harbour board in every court we can",
            "Tom Ames",
        )
    ]
