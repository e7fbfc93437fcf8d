"""Hyphens inside written words, told from dashes set between spaces."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.hyphens import closed_hyphen, hyphened, is_hyphen


def test_closed_hyphen_joins_two_words(nlp: Language) -> None:
    """The "-" of "Wray-Lindell" joins two words; a dash between spaces joins none."""
    doc = nlp("Ann Wray-Lindell - the chair - spoke.")
    marks = [t for t in doc if is_hyphen(t)]
    assert [closed_hyphen(t) for t in marks] == [True, False, False]


def test_hyphened_marks_each_piece_of_a_word(nlp: Language) -> None:
    """ "co" and "owner" of "co-owner" are pieces of one word; "the" beside a dash is not."""
    doc = nlp("The co-owner - the chair - spoke.")
    assert [t.text for t in doc if hyphened(t)] == ["co", "owner"]
