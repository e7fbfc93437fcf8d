"""A full name written again with a familiar form of its given name is one person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from generator.given_names import familiar_forms


def _people(nlp: Language, text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extract_entities(nlp(text)) if e.kind == PERSON}


def test_a_nickname_of_the_given_name_is_the_same_person(nlp: Language) -> None:
    """ "Joe Caldwin" after "Joseph Caldwin" is an alias of him, not a second person."""
    text = (
        "Vice President Joseph Caldwin visited Kelby on Tuesday. Joe Caldwin told workers"
        " the plant would stay open."
    )
    assert _people(nlp, text) == {"Joseph Caldwin": ["Joe Caldwin"]}


def test_the_first_written_form_is_kept(nlp: Language) -> None:
    """ "Freddie Lorne" written after "Frederick Lorne" gives the hub "Frederick Lorne"."""
    text = (
        "Author Frederick Lorne spoke at the festival on Sunday."
        ' "I write every day," said Freddie Lorne.'
    )
    assert _people(nlp, text) == {"Frederick Lorne": ["Freddie Lorne"]}


def test_the_familiar_given_name_alone_is_that_person_too(nlp: Language) -> None:
    """ "Freddie" after "Freddie Lorne", now an alias of "Frederick Lorne", is no second person."""
    text = (
        "Author Frederick Lorne spoke at the festival on Sunday."
        ' "I write every day," said Freddie Lorne. Freddie smiled at the crowd.'
    )
    assert list(_people(nlp, text)) == ["Frederick Lorne"]


def test_two_forms_in_one_sentence_are_two_people(nlp: Language) -> None:
    """ "Chris Dorne and Christine Dorne" in one sentence are two people."""
    text = "Chris Dorne and Christine Dorne opened the shop in Kelby. Chris Dorne said it was hard."
    assert set(_people(nlp, text)) == {"Chris Dorne", "Christine Dorne"}


def test_a_relative_with_the_familiar_form_is_someone_else(nlp: Language) -> None:
    """ "His son, Joe Pellow" after "Joseph Pellow" is the son, not the father again."""
    text = "Joseph Pellow founded the firm in 1960. His son, Joe Pellow, runs it now."
    assert set(_people(nlp, text)) == {"Joseph Pellow", "Joe Pellow"}


def test_an_initial_is_no_familiar_form() -> None:
    """An initial and a name that starts with it are not paired as forms of one name."""
    assert familiar_forms("Joseph", "Joe")
    assert not familiar_forms("J", "Joseph")
    assert not familiar_forms("Joseph", "joseph")


def test_two_forms_in_two_clauses_of_one_sentence_are_one_person(nlp: Language) -> None:
    """ "Joseph Carlow" quoted later in the sentence of "Joe Carlow's visit" is the same man."""
    text = (
        "During Vice-President Joe Carlow's visit to Dornwick on Monday, rebels posted a"
        " message that read: 'Joseph Carlow is a liar.' The visit ended early."
    )
    assert list(_people(nlp, text)) == ["Joe Carlow"]
