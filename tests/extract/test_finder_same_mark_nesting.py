"""A quote in single marks inside a quote in single marks is nested, not the end."""

from __future__ import annotations

from tests.extract.test_quotes import texts


def test_a_single_quote_inside_a_single_quote_does_not_end_it() -> None:
    """‘... I asked, ‘Can you ...?’ because ...’: one quote up to the last mark."""
    text = (
        "Nell Oswin said: ‘The ferry had gone. So I asked the harbour master, ‘Can you "
        "take us across?’ because his boat was the only one left.’"
    )
    assert texts(text) == [
        "The ferry had gone. So I asked the harbour master, ‘Can you take us across?’ "
        "because his boat was the only one left."
    ]
