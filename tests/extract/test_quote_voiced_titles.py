"""Words in capitals cried out after a verb of voicing are quoted words, not the name of
a work (`quote_mark_edges.voiced_before`)."""

from __future__ import annotations

from tests.extract.test_quote_dropped_g import texts


def test_capitals_shouted_are_quoted_words() -> None:
    """shouting ‘Holy Moses’: cried out, so kept though every word has a capital."""
    text = "A man ran along the pier shouting ‘Holy Moses’ at the anglers."
    assert texts(text) == ["Holy Moses"]


def test_capitals_chanted_by_a_crowd_are_quoted_words() -> None:
    """chanted 'Save Our Lido': a chant, kept."""
    text = "Swimmers chanted 'Save Our Lido' outside the council offices in Pelham."
    assert texts(text) == ["Save Our Lido"]


def test_a_title_after_a_naming_verb_is_still_a_title() -> None:
    """a film called ‘Night Of The Owl’: a name of a work, left out."""
    text = "She starred in a film called ‘Night Of The Owl’ the year after."
    assert texts(text) == []
