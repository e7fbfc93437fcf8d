"""A two-word name ending in a road's or a ground's word, with no given name, is no person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_ground_the_model_calls_a_person_is_no_person(nlp: Language) -> None:
    """ "known as Mill Lane since 1901": the club's ground, not a person."""
    text = "The ground, known as Mill Lane since 1901, will be renamed next season."
    assert labelled_kinds(nlp, text, [("Mill Lane", "PERSON")]).get("Mill Lane") != PERSON


def test_a_given_name_before_the_word_keeps_the_person(nlp: Language) -> None:
    """ "Nadia Lane said": a given name opens a person's name."""
    text = "The ground will be renamed next season, Nadia Lane said on Friday."
    assert labelled_kinds(nlp, text, [("Nadia Lane", "PERSON")]).get("Nadia Lane") == PERSON


def test_a_soap_named_like_a_street_is_no_place(nlp: Language) -> None:
    """ "Ferry Lane airs on Fridays": a show named after a street, neither person nor place."""
    text = "The actor is to leave Ferry Lane. Ferry Lane airs on Fridays."
    kinds = labelled_kinds(nlp, text, [("Ferry Lane", "PERSON"), ("Ferry Lane", "PERSON")])
    assert "Ferry Lane" not in kinds


def test_a_name_whose_last_word_stands_alone_for_someone_is_a_person(nlp: Language) -> None:
    """ "Ossiane Lane ... Lane said she": a road is never called by its last word alone."""
    text = "The panel gave Ossiane Lane the top design award. Lane said she was delighted."
    labels = [("Ossiane Lane", "PERSON"), ("Lane", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Ossiane Lane") == PERSON
