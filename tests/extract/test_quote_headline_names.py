"""A short quoted name in headline case, small words in lower case, is no quote."""

from __future__ import annotations

from generator.extract.quote_marks import find_quotes
from tests.extract.test_quotes import speakers


def test_a_headline_case_name_of_small_words_is_no_quote() -> None:
    """ "titled ‘Keeper of the Reeds’": a name, though "of the" is in lower case."""
    text = (
        "The old guide, titled ‘Keeper of the Reeds’, said little. "
        "‘We were never asked about any of it,’ Tom Harlow said."
    )
    assert speakers(text) == [("We were never asked about any of it", "Tom Harlow")]


def test_a_longer_headline_case_line_stays_a_quote() -> None:
    """More than eight words in headline case may be words said: the rule keeps them."""
    title = "How to Win in the Old Town of Kew"
    text = f"Her talk, ‘{title}’, drew a crowd."
    assert [q.text for q in find_quotes(text)] == [title]


def test_a_short_quote_in_lower_case_stays_a_quote() -> None:
    """ "‘Stay of the vote’" opens with a capital but "vote" does not: words said."""
    text = "‘Stay of the vote,’ Ann Veltry said."
    assert [q.text for q in find_quotes(text)] == ["Stay of the vote"]
