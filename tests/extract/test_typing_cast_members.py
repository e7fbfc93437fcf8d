"""A name a work is said to star is a person, whatever the model read: "stars Ann Vell as"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_the_star_of_a_show_the_model_read_as_a_body_is_a_person(nlp: Language) -> None:
    """ "The sitcom, which stars Minnie Ockleton as a nurse," with her name read as a body."""
    text = "The sitcom, which stars Minnie Ockleton as a night nurse, drew big audiences."
    kinds = labelled_kinds(nlp, text, [("Minnie Ockleton", "ORG")])
    assert kinds.get("Minnie Ockleton") == "person"


def test_a_name_starring_in_a_film_is_a_person(nlp: Language) -> None:
    """ "a thriller starring Minnie Ockleton" with her name read as a body."""
    text = "The studio released a thriller starring Minnie Ockleton in the spring."
    kinds = labelled_kinds(nlp, text, [("Minnie Ockleton", "ORG")])
    assert kinds.get("Minnie Ockleton") == "person"
