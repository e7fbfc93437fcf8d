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


def test_an_eight_word_headline_case_name_is_a_title() -> None:
    """a caption's film “Tarquin Vale and the Keeper of Salt Roads”: a name, not speech."""
    text = "a still of the pilot from “Tarquin Vale and the Keeper of Salt Roads”"
    assert _texts(text) == []


def test_a_headline_case_name_with_a_preposition_or_a_year_is_a_title() -> None:
    """A headline-case title with "with" or a closing year is a name, not speech."""
    text = (
        "Copies of “Harbour Dues and Levies 2019” went out by post on Monday. "
        "The choir rehearsed “Songs for a Winter Quay with Bells” all week."
    )
    assert _texts(text) == []


def test_a_pronoun_in_small_letters_makes_speech() -> None:
    """“Come with me to the Harbour”: "me" is no small word of a name, so it is speech."""
    text = "“Come with me to the Harbour,” said Ida Brenn."
    assert _texts(text) == ["Come with me to the Harbour"]
