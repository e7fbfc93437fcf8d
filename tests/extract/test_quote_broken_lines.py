"""A speech's paragraph that ends on a word, with the next one going on in small letters,
is one line broken mid-sentence: the quote runs on (`quote_flat_lines.broken_line`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_quote_runs_over_a_line_broken_mid_sentence() -> None:
    """ "... like a¶kind of¶umpire ...": the pieces are one quote."""
    text = (
        'Ossian Grey said: "The board saw its role as a\n\nkind of\n\n'
        'umpire between the two towns, and that was a mistake." The hearing ended.'
    )
    assert texts(text) == [
        "The board saw its role as a kind of umpire between the two towns, and that was a mistake."
    ]


def test_a_paragraph_that_ends_with_a_stop_ends_the_open_quote() -> None:
    """ "... a mistake.¶the hearing ...": a stop ends the speech's paragraph."""
    text = (
        'Ossian Grey said: "The board saw its role as an umpire and that was a mistake.\n\n'
        "later that day the hearing ended without a ruling."
    )
    assert texts(text) == ["The board saw its role as an umpire and that was a mistake."]
