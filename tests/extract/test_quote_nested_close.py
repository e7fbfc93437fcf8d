"""A single-mark quote whose last words are a nested double-mark quote ends where the two
closing marks meet (‘... “Mind the ropes!”’ she said), and the next quote stands apart."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_an_unspaced_single_mark_after_a_nested_close_ends_the_quote() -> None:
    """‘... “Mind the ropes!”’ Ann Vell said.: the quote stops there, not at a later mark."""
    text = (
        "‘The ferryman waved at the pier and shouted: “Mind the ropes!”’ Ann Vell said.\n\n"
        "‘Nobody on deck listened to him.’"
    )
    assert texts(text) == [
        "The ferryman waved at the pier and shouted: “Mind the ropes!”",
        "Nobody on deck listened to him.",
    ]


def test_a_comma_after_the_two_closing_marks_still_ends_the_quote() -> None:
    """‘... “Was the harbour shut again?”’, she said: a stop after the marks closes too."""
    text = "‘I read the sign and asked, “Was the harbour shut again?”’, Ann Vell said. It was."
    assert texts(text) == ["I read the sign and asked, “Was the harbour shut again?”"]


def test_a_left_mark_after_a_nested_close_still_opens() -> None:
    """“Go,” ‘... ’: a left single mark after a closing double opens a new quote."""
    text = "He shouted “Go away now,” ‘and never come back to this town again’ at them."
    assert texts(text) == ["Go away now", "and never come back to this town again"]


def test_a_mark_opening_a_paragraph_before_a_bracket_still_opens() -> None:
    """'[The mill] will ...' and '(Norport) has ...' at a paragraph's start: the mark opens."""
    text = (
        "'We will see how the season goes,' Ann Vell said.\n\n"
        "'[The mill] will reopen in the spring,' Tom Ames said.\n\n"
        "'(Norport) has waited long enough,' he said."
    )
    assert texts(text) == [
        "We will see how the season goes",
        "[The mill] will reopen in the spring",
        "(Norport) has waited long enough",
    ]
