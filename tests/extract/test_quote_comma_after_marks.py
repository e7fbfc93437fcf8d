"""A quote broken by its attribution in copy that sets the comma after the closing mark
(‘We will win’, she said, ‘and soon.’) stays one quote (`quote_marks`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_comma_after_the_closing_mark_joins_the_two_parts() -> None:
    """‘words’, she said, ‘and more words.’: the second part goes on with the sentence."""
    text = "‘The lock gates are sound’, said Nessa Tarrow, ‘but the towpath needs work.’"
    assert texts(text) == ["The lock gates are sound but the towpath needs work."]


def test_guillemets_with_the_comma_outside_join_too() -> None:
    """«words», dit-elle, «et la suite»: the same break in French copy."""
    text = "«Le pont tiendra», a dit Maud Ferrand, «mais la route doit être refaite»."
    assert texts(text) == ["Le pont tiendra mais la route doit être refaite"]


def test_a_capital_after_the_attribution_starts_a_new_quote() -> None:
    """‘words’, she said, ‘New sentence.’: a capital opens a sentence of its own."""
    text = "‘The lock gates are sound’, said Nessa Tarrow, ‘The towpath needs work.’"
    assert texts(text) == ["The lock gates are sound", "The towpath needs work."]
