"""Where a title's words stop and speech begins (`quote_titles.is_title`): short
sentences in capitals, longer headline-case names."""

from __future__ import annotations

from generator.extract.quote_marks import find_quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text, 2)]


def test_short_capitalised_sentences_are_speech() -> None:
    """‘Cold. Hungry. Terrified,’ she said: a speaker's one-word sentences."""
    text = "Another caller described the night. ‘Cold. Hungry. Terrified,’ she said."
    assert _texts(text) == ["Cold. Hungry. Terrified"]


def test_an_abbreviation_inside_a_title_is_no_sentence_end() -> None:
    """a show ‘Prof. Hubert Knows Best’: a short word's stop leaves it a title."""
    text = "The cast of ‘Prof. Hubert Knows Best’ met again on Friday."
    assert _texts(text) == []


def test_a_five_word_headline_case_name_is_a_title() -> None:
    """the spin-off ‘The Owl and the Lantern’: five words, small ones in lower case."""
    text = "The finale previewed the spin-off ‘The Owl and the Lantern’ with two new leads."
    assert _texts(text) == []
