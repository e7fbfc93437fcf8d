"""A quote of two words that is a sentence of its own, its stop inside the closing mark, is
speech and is kept; a two-word label, scare quote or title inside a sentence is not."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_two_word_sentence_after_a_quote() -> None:
    """ "‘...,’ she said. ‘It’s exhausting.’" keeps the second sentence, with her."""
    text = (
        "Dana Kell has spoken about the messages she gets online.\n\n"
        "‘People tell me I look ill every single day,’ she said. ‘It’s exhausting.’"
    )
    assert speakers(text) == [
        ("People tell me I look ill every single day", "Dana Kell"),
        ("It’s exhausting.", "Dana Kell"),
    ]


def test_two_word_exclamation_in_doubles() -> None:
    """ "“Thank you!” he said." is kept in double marks too."""
    text = 'Ivo Penn won the final on Sunday. "Thank you!" Ivo Penn told the crowd.'
    assert speakers(text) == [("Thank you!", "Ivo Penn")]


def test_two_word_label_left_out() -> None:
    """A two-word name in marks with no stop inside ("the ‘Green Deal’ plan") is no quote."""
    text = "Ann Vell said the ‘Green Deal’ plan would be dropped next year."
    assert speakers(text) == []


def test_title_inside_a_sentence_left_out() -> None:
    """'straight from the pages of "Hamlet Returns."': a title ends the sentence, no speech."""
    text = 'Ann Vell lost her job. The feud came straight from the pages of "Hamlet Returns."'
    assert speakers(text) == []
