"""Words a page prints twice (a pull quote repeating a paragraph) are two quotes: the
record keeps each printing, as a reader meets it (`quotes.extract_quotes`)."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_repeated_quote_is_kept_each_time_the_page_prints_it() -> None:
    """A paragraph printed again as a pull quote gives the same words twice."""
    text = (
        "Greta Holm, who runs the Brackwater ferry, said: 'We carried nine hundred people "
        "across the estuary on the first weekend.'\n\n"
        "The service had been closed for six years.\n\n"
        "'We carried nine hundred people across the estuary on the first weekend.'\n\n"
        "The ferry runs again next month."
    )
    words = "We carried nine hundred people across the estuary on the first weekend."
    assert [t for t, _ in speakers(text)] == [words, words]
