"""A plural possessive right after a closed single quote is no closing mark, and a speech's
next paragraph in flattened copy (". 'We") goes on with the speech, its mark left out."""

from __future__ import annotations

from generator.extract.quote_marks import find_quotes


def texts(text: str) -> list[str]:
    """The quoted words of two words or more that the finder reads in a text."""
    return [q.text for q in find_quotes(text, 2)]


#: Flattened copy: a speech over two paragraphs, then a name's possessive, then a fragment.
_FLAT = (
    "A spokesman said: 'The staff did well every day. 'We are proud of them and so are "
    "the riders.' Mr Hale's boss, Ann Voss' deputy, said the firm was 'deeply moved' by "
    "it. 'It was kind,' said Tom Ebb."
)


def test_a_possessive_after_a_closed_quote_does_not_run_the_speech_on() -> None:
    """'...riders.' Ann Voss' deputy: the speech stops at its own close, not at the name."""
    expected = "The staff did well every day. We are proud of them and so are the riders."
    assert texts(_FLAT)[0] == expected


def test_the_quotes_after_the_possessive_are_read() -> None:
    """The fragment and the quote after the possessive are still found, whole."""
    assert texts(_FLAT)[1:] == ["deeply moved", "It was kind"]


def test_a_possessive_that_follows_an_opening_mark_still_settles_as_before() -> None:
    """'...the Lowes' van.' inside an open quote is a possessive, as the close after it says."""
    text = "Ann Vell said: 'We borrowed the Lowes' van for the day.' It rained."
    assert texts(text) == ["We borrowed the Lowes' van for the day."]


def test_a_fragment_closing_on_an_s_before_a_word_still_closes() -> None:
    """called them 'utter disgraces' in a letter, then 'a shame': both fragments are read."""
    text = "Tom Ebb called the rooms 'utter disgraces' in a letter and 'a real shame' later."
    assert texts(text) == ["utter disgraces", "a real shame"]


def test_a_flattened_second_paragraph_of_speech_drops_its_mark() -> None:
    """'We lost. 'We will be back': one speech, read without the mark between its paragraphs."""
    text = "Ann Vell said: 'We lost the final. 'We will be back next year.' It rained."
    assert texts(text) == ["We lost the final. We will be back next year."]
