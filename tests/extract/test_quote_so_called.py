"""Words set off after "so-called" are a name others use, however many, not a quote."""

from __future__ import annotations

from generator.extract.quote_marks import find_quotes


def test_three_words_after_so_called_are_no_quote() -> None:
    """ "the so-called “green belt towns”": three words, still a name, not speech."""
    text = "Ann Veltry said the so-called “green belt towns” had turned away from the party."
    assert find_quotes(text) == []


def test_so_called_without_a_hyphen_sets_off_a_name_too() -> None:
    """ "so called ‘quiet zone rules’": the same name, written without the hyphen."""
    text = "The so called ‘quiet zone rules’ start in May, the council said."
    assert find_quotes(text) == []


def test_a_quote_after_other_words_stays_a_quote() -> None:
    """ "he called it “a betrayal of trust”": a quote of his, not a name."""
    text = "Tom Harlow called it “a betrayal of trust” on Monday."
    assert [q.text for q in find_quotes(text)] == ["a betrayal of trust"]
