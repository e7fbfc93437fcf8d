"""Nouns of works added to the evidence tables make a name set off after them a title."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_quiz_set_off_before_its_title_is_no_person(nlp: Language) -> None:
    """ "a new quiz, Lucky Lorcan," read as a person: the quiz's title."""
    text = "The network has ordered a new quiz, Lucky Lorcan, for its Saturday slot."
    kinds = person_labelled_kinds(nlp, text, ["Lucky Lorcan"])
    assert kinds.get("Lucky Lorcan") != "person"


def test_a_remake_set_off_before_its_title_is_no_person(nlp: Language) -> None:
    """ "the long-awaited remake, Dorian Vane," read as a person: the film's title."""
    text = "Studios confirmed the long-awaited remake, Dorian Vane, will open in October."
    kinds = person_labelled_kinds(nlp, text, ["Dorian Vane"])
    assert kinds.get("Dorian Vane") != "person"
