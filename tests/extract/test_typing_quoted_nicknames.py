"""A nickname in quote marks inside a person's name makes no body of the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_quoted_nickname_with_the_keeps_a_person(nlp: Language) -> None:
    """ "Kellan 'The Hammer' Voss won": "The" of the nickname joins no body's words."""
    text = "Kellan 'The Hammer' Voss won the title in Brindleford."
    kinds = person_labelled_kinds(nlp, text, ["Kellan 'The Hammer' Voss"])
    assert kinds.get("Kellan 'The Hammer' Voss") == PERSON


def test_the_inside_an_unquoted_name_still_makes_a_body(nlp: Language) -> None:
    """ "League for the Return of Fishermen": an unquoted "the" still joins a body's words."""
    text = "The League for the Return of Fishermen met in Brindleford on Monday."
    kinds = person_labelled_kinds(nlp, text, ["League for the Return of Fishermen"])
    assert kinds.get("League for the Return of Fishermen") != PERSON
