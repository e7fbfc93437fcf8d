"""A left mark before two digits opens a quote when a right mark closes it; else it is a year."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def _quotes(*paragraphs: str) -> list[dict[str, object]]:
    seed = Seed(path="x.txt", sha256="0" * 64, title="Fire crews", paragraphs=paragraphs)
    quotes: list[dict[str, object]] = extract([seed])[0]["quotes"]
    return quotes


def test_a_quote_that_opens_with_a_two_digit_number_is_found() -> None:
    """ "‘31 large fires ... hills’" is quoted words, though it begins like ‘79."""
    quotes = _quotes(
        "Crews in Norland are stretched thin, the state fire chief Ann Brell said on Monday.",
        "She said her teams were fighting \u201831 large fires and nine smaller blazes across "
        "the hills\u2019 and needed more help.",
    )
    assert quotes == [
        {"text": "31 large fires and nine smaller blazes across the hills", "speaker": "Ann Brell"}
    ]


def test_short_years_with_either_mark_open_no_quote() -> None:
    """ "in ‘79" and "the ’90s" are years: no right mark closes quoted words after them."""
    quotes = _quotes(
        "Ann Brell joined the Norland fire service in \u201879 and became its chief in the "
        "\u201990s, the council said."
    )
    assert quotes == []
