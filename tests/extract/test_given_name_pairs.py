"""Two given names joined by "and" that the model ran into one name."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_given_name_votes import labelled_kinds


def test_two_given_names_read_as_one_are_no_body(nlp: Language) -> None:
    """ "Oliver and Maud" read as one person's name: two people, not an organization."""
    text = "Tom Vell was proud of his grandchildren, Oliver and Maud, who visit each summer."
    kinds = labelled_kinds(nlp, text, [("Tom Vell", "PERSON"), ("Oliver and Maud", "PERSON")])
    assert "Oliver and Maud" not in kinds
    assert kinds.get("Tom Vell") == "person"


def test_a_given_name_and_a_rarer_one_read_as_a_person_are_two_people(nlp: Language) -> None:
    """ "the lifeguards, Oliver and Tarquil", one person's span to the model: no body either."""
    text = "Ann Roke thanked the two lifeguards on the pier, Oliver and Tarquil, for their help."
    kinds = labelled_kinds(nlp, text, [("Ann Roke", "PERSON"), ("Oliver and Tarquil", "PERSON")])
    assert "Oliver and Tarquil" not in kinds
    assert kinds.get("Ann Roke") == "person"


def test_a_firm_named_after_two_people_stays_whole(nlp: Language) -> None:
    """ "Simon and Schuster" read as a body: "Schuster" is no given name, the span no person's."""
    text = "The memoir will be published by Simon and Schuster in the spring, the firm said."
    kinds = labelled_kinds(nlp, text, [("Simon and Schuster", "ORG")])
    assert kinds.get("Simon and Schuster") == "organization"
