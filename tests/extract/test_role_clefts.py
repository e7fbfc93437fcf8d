"""The relative clause of a cleft sentence is a claim about a name, not its role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_cleft_clause_is_no_role(nlp: Language) -> None:
    """ "It is Tom Ames who is the troublemaker": a charge made of him, no description."""
    text = "It is Tom Ames who is the troublemaker, because he never backs down."
    assert roles_in(nlp, text)["Tom Ames"] is None


def test_set_off_clause_in_a_cleft_describes(nlp: Language) -> None:
    """ "It is Ann Vell, who is chief executive of Acme, that ...": set off, her post."""
    text = "It is Ann Vell, who is chief executive of Acme, that I blame."
    assert roles_in(nlp, text)["Ann Vell"] == "chief executive of Acme"


def test_clause_after_a_demonstrative_describes(nlp: Language) -> None:
    """ "This is Tom Ames who is the mayor of Tarland": no cleft without "it"."""
    text = "This is Tom Ames who is the mayor of Tarland."
    assert roles_in(nlp, text)["Tom Ames"] == "mayor of Tarland"
