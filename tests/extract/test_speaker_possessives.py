"""A name ending in "s" that owns a writing by a bare apostrophe after a quote: the writing
is the name's, and the apostrophe is no closing quote mark."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_statement_after_a_bare_possessive_is_the_named_persons() -> None:
    """'"...," Innes’ statement read.' is Tom Innes's statement."""
    text = (
        "Tom Innes, an aide to the mayor, also disputed the claims.\n\n"
        "‘I was at the dock the night after the storm,’ Innes’ statement read."
    )
    assert speakers(text) == [("I was at the dock the night after the storm", "Tom Innes")]


def test_a_statement_with_no_owner_after_a_quote_names_nobody() -> None:
    """'"...," the statement read.' after a person names nobody: no owner is given."""
    text = (
        "Tom Innes, an aide to the mayor, also disputed the claims.\n\n"
        "‘I was at the dock the night after the storm,’ the statement read."
    )
    assert speakers(text) == [("I was at the dock the night after the storm", None)]
