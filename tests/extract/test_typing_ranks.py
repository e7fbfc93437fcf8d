"""Ranks of the forces before a surname or a full name the model read as a body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_given_name_votes import labelled_kinds as _kinds


def test_a_rank_before_a_surname_of_the_story_is_that_person(nlp: Language) -> None:
    """ "said Major Wrenfield" beside "Major Olwen Wrenfield": her, not a body nor a new person."""
    text = (
        "The drill was led by Major Olwen Wrenfield of the signals unit. "
        "'Nobody was hurt,' said Major Wrenfield."
    )
    kinds = _kinds(nlp, text, [("Olwen Wrenfield", "PERSON"), ("Major Wrenfield", "ORG")])
    assert kinds == {"Olwen Wrenfield": "person"}


def test_a_rank_before_a_given_name_and_surname_is_a_person(nlp: Language) -> None:
    """ "Lance Corporal Kevin Strode" read as a body: a rank, a given name and a surname."""
    text = "Lance Corporal Kevin Strode was flown home from the base on Friday."
    kinds = _kinds(nlp, text, [("Lance Corporal Kevin Strode", "ORG")])
    assert kinds == {"Kevin Strode": "person"}
    # No given name after the rank: a paper's or a league's name stays a body's.
    text = "Private Ledger printed the story about the base on Friday."
    kinds = _kinds(nlp, text, [("Private Ledger", "ORG")])
    assert kinds.get("Private Ledger") == "organization"
