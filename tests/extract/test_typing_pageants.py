"""A country's name after "Miss" is a beauty contest, not a woman."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_nation_after_miss_is_no_woman(nlp: Language) -> None:
    """ "Miss Scotland" read as a person is a pageant; the contestant stays a person."""
    text = "Tamsin Corr, 22, reached the final of Miss Scotland in May. She said she was thrilled."
    kinds = labelled_kinds(nlp, text, [("Tamsin Corr", "PERSON"), ("Scotland", "PERSON")])
    assert kinds.get("Tamsin Corr") == PERSON
    assert kinds.get("Scotland") != PERSON


def test_world_after_miss_is_no_woman(nlp: Language) -> None:
    """ "Miss World" read as a person is a pageant's title."""
    text = "The student hopes to be crowned Miss World next year, her coach said."
    assert labelled_kinds(nlp, text, [("World", "PERSON")]).get("World") != PERSON


def test_a_surname_after_miss_stays_a_woman(nlp: Language) -> None:
    """ "Miss Tarrow" is a woman: only countries and "World" name a pageant."""
    text = "Miss Tarrow said she would appeal against the ruling next week."
    assert labelled_kinds(nlp, text, [("Tarrow", "PERSON")]).get("Tarrow") == PERSON
