"""Words in capitals that someone tweeted are their own words, not the name of a work
(`quote_mark_edges.voiced_before`)."""

from __future__ import annotations

from tests.extract.test_quote_dropped_g import texts


def test_capitals_tweeted_are_quoted_words() -> None:
    """tweeted "Welcome Home Lads": a tweet's words, kept though every word has a capital."""
    text = 'The club tweeted "Welcome Home Lads" as the bus reached Dunmere on Sunday.'
    assert texts(text) == ["Welcome Home Lads"]


def test_capitals_retweeted_with_a_comma_are_quoted_words() -> None:
    """retweeted, 'Thank You Pelham': kept, the comma after the verb too."""
    text = "Ada Lusk retweeted, ‘Thank You Pelham For Everything,’ after the count."
    assert texts(text) == ["Thank You Pelham For Everything"]


def test_a_title_named_in_a_tweet_is_still_a_title() -> None:
    """tweeted about ‘Night Of The Owl’: the verb does not stand right before the mark."""
    text = "She tweeted about ‘Night Of The Owl’ the week it opened."
    assert texts(text) == []
