"""A mark opened after an article or a possessive that never closes sets off the name
of a thing, not speech: its words cannot be bounded (`quote_flat_lines.names_a_thing`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_an_unclosed_mark_after_the_is_no_quote() -> None:
    """as the 'Harbour Lights ... (never closed): a name that lost its closing mark."""
    text = (
        "The hotel, listed as the 'Harbour Lights Inn on the booking site, has eleven "
        "rooms and a small garden overlooking the quay. Guests can walk to the beach."
    )
    assert texts(text) == []


def test_an_unclosed_mark_after_said_is_still_a_quote() -> None:
    """said: 'words (never closed): speech that lost its closing mark is kept."""
    text = "Wynn Astor said: 'We will open the rooms again in May and the garden too."
    assert texts(text) == ["We will open the rooms again in May and the garden too."]


def test_a_closed_name_after_the_is_kept() -> None:
    """the 'words' closed: a fragment with both marks is left as it was."""
    text = "Wynn Astor called it the 'best little hotel on the coast' last year."
    assert texts(text) == ["best little hotel on the coast"]
