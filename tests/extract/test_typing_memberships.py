"""A name said to be one of a plural class of works or bodies is of that kind."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import person_labelled_kinds


def test_names_among_launch_titles_are_no_people(nlp: Language) -> None:
    """Two names a console's launch titles are among are works, not people."""
    text = "The maker says Harlow Vance and Ridley Crane will be among the launch titles."
    kinds = person_labelled_kinds(nlp, text, ["Harlow Vance", "Ridley Crane"])
    assert kinds.get("Harlow Vance") != PERSON
    assert kinds.get("Ridley Crane") != PERSON


def test_one_of_the_games_is_no_person(nlp: Language) -> None:
    """ "X is one of the games" makes X a work."""
    text = "Harlow Vance is one of the games that sold out within a day in Tokyo shops."
    assert person_labelled_kinds(nlp, text, ["Harlow Vance"]).get("Harlow Vance") != PERSON


def test_inverted_among_list_is_no_people(nlp: Language) -> None:
    """ "Among the films ... are X, a comedy, and Y": both are works."""
    text = "Among the films due out this winter are Harlow Vance, a comedy, and Ridley Crane."
    kinds = person_labelled_kinds(nlp, text, ["Harlow Vance", "Ridley Crane"])
    assert kinds.get("Harlow Vance") != PERSON
    assert kinds.get("Ridley Crane") != PERSON


def test_one_of_the_banks_set_off_is_a_body(nlp: Language) -> None:
    """ "X, one of the banks fined last year," is a body."""
    text = "Corvin Hale, one of the banks fined by regulators last year, said it would appeal."
    assert person_labelled_kinds(nlp, text, ["Corvin Hale"]).get("Corvin Hale") == ORG


def test_rivals_and_founders_stay_people(nlp: Language) -> None:
    """Classes people belong to too ("rivals", "founders") leave the names people."""
    text = (
        "Petra Lund and Omar Vesey are among the rivals for the union leadership. "
        "Nadia Crewe is one of the founders of the charity."
    )
    kinds = person_labelled_kinds(nlp, text, ["Petra Lund", "Omar Vesey", "Nadia Crewe"])
    assert kinds.get("Petra Lund") == PERSON
    assert kinds.get("Omar Vesey") == PERSON
    assert kinds.get("Nadia Crewe") == PERSON
