"""Entity typing of storms' names written alone: "Hurricane Ivy ... as Ivy moved north"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_storms_name_alone_is_no_person(nlp: Language) -> None:
    """ "Hurricane Ivy hit Tarland ... Ivy killed 20 people": the storm, not a woman."""
    text = "Hurricane Ivy hit Tarland on Monday. Ivy killed 20 people as it moved north."
    kinds = labelled_kinds(nlp, text, [("Hurricane Ivy", "EVENT"), ("Ivy", "PERSON")])
    assert "Ivy" not in kinds


def test_storms_listed_after_a_plural_are_no_people(nlp: Language) -> None:
    """ "hurricanes Ivy, Bran and Cole": each name of the list is a storm's."""
    text = (
        "Insurers counted the cost of hurricanes Ivy, Bran and Cole this year. "
        "Bran killed 30 people in Tarland. Cole killed 12 on the coast."
    )
    kinds = labelled_kinds(nlp, text, [("Bran", "PERSON"), ("Cole", "PERSON")] * 2)
    assert "Bran" not in kinds
    assert "Cole" not in kinds


def test_a_person_of_the_same_surname_keeps_it(nlp: Language) -> None:
    """ "Tom Ivy said Ivy was the worst": a full name of the text keeps the word a surname."""
    text = "Hurricane Ivy hit Tarland on Monday. Forecaster Tom Ivy said Ivy was ready to help."
    kinds = labelled_kinds(
        nlp, text, [("Hurricane Ivy", "EVENT"), ("Tom Ivy", "PERSON"), ("Ivy", "PERSON")]
    )
    assert kinds.get("Tom Ivy") == "person"


def test_a_storm_word_before_a_full_name_names_no_storm(nlp: Language) -> None:
    """ "the storm Tom Vell predicted": two capitalised words after the word are a person."""
    text = "The storm Tom Vell predicted never came, and Vell apologised on Tuesday."
    kinds = labelled_kinds(nlp, text, [("Tom Vell", "PERSON"), ("Vell", "PERSON")])
    assert kinds.get("Tom Vell") == "person"
