"""A short surname the tagger read as another kind of word, left out of a person's name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_surname_read_as_an_interjection_ends_the_name(nlp: Language) -> None:
    """'star Tessa Oh for two years' with only 'Tessa' read: the person is Tessa Oh."""
    text = "He was once married to the television star Tessa Oh for two years."
    assert labelled_kinds(nlp, text, [("Tessa", "PERSON")]) == {"Tessa Oh": "person"}


def test_an_interjection_opening_a_sentence_is_no_surname(nlp: Language) -> None:
    """'I asked Tessa. Oh, she said': the next sentence's word stays apart."""
    text = "I asked Tessa. Oh, she said, it was fine."
    assert "Tessa Oh" not in labelled_kinds(nlp, text, [("Tessa", "PERSON")])
