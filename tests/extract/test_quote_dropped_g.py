"""A mark for a dropped g ("goin' home") inside a quote closes nothing when the quote's
own closing mark follows; a quote that does close after "in" still ends there."""

from __future__ import annotations

from generator.extract.quote_marks import find_quotes


def texts(text: str) -> list[str]:
    """The quoted words of two words or more that the finder reads in a text."""
    return [q.text for q in find_quotes(text, 2)]


def test_a_dropped_g_inside_a_straight_quote_does_not_end_it() -> None:
    """'We were goin' home ... nothin' we could do.': one quote, to its own close."""
    text = "Tom Ebb said: 'We were goin' home when it hit us. It was nothin' we could do.' He hid."
    assert texts(text) == ["We were goin' home when it hit us. It was nothin' we could do."]


def test_a_dropped_g_in_curly_marks_before_the_quote_close() -> None:
    """‘Some lad had a frickin’ knife.’: the mark after the dropped g stays in the words."""
    text = "Ann Vell said: ‘Some lad had a frickin’ knife. We all ran.’ Police came."
    assert texts(text) == ["Some lad had a frickin’ knife. We all ran."]


def test_a_fragment_ending_in_in_still_closes_before_the_next_quote() -> None:
    """was 'in a lot of pain' on Monday. 'It was awful,': two quotes, the first closed at 'pain'."""
    text = "Ann Vell said her son was 'in a lot of pain' on Monday. 'It was awful,' she said."
    assert texts(text) == ["in a lot of pain", "It was awful"]
