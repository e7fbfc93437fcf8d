"""The quote-style rows rewrite only the marks of a text, by the rules their module states."""

from __future__ import annotations

from generator.evaluation.quote_styles import STYLES, rewritten


def test_doubles_open_after_a_space_or_bracket_and_close_elsewhere() -> None:
    """A straight double opens after a space, a bracket or a dash; it closes after a word."""
    text = 'She said: "We won\'t go," and left ("for now").'
    assert rewritten(text, STYLES["British marks"]) == (
        "She said: \u2018We won\u2019t go,\u2019 and left (\u2018for now\u2019)."
    )


def test_guillemets_and_straight_singles() -> None:
    """In guillemets a nested single's opening mark stays; its closing one is an apostrophe."""
    # The closing mark is read as an apostrophe when it follows a word.
    text = "\"I said, 'stay',\" he recalled."
    assert rewritten(text, STYLES["guillemets"]) == "\u00abI said, 'stay\u2019,\u00bb he recalled."
    assert rewritten(text, STYLES["straight singles"]) == "'I said, 'stay',' he recalled."
