"""An office of a field written bare before a name: "head of communications Jo Roe"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_body_then_office_of_a_field(nlp: Language) -> None:
    """ "Acme head of communications Jo Roe": the parse reads "Acme" as a verb."""
    text = "Acme head of communications Jo Roe said the firm regretted the error."
    assert roles_in(nlp, text)["Jo Roe"] == "head of communications"


def test_field_of_two_words(nlp: Language) -> None:
    """ "director of public health": an adjective inside the field does not stop it."""
    text = "Kelby Council director of public health Jo Roe said cases were rising fast."
    assert roles_in(nlp, text)["Jo Roe"] == "Kelby Council director of public health"


def test_name_opening_a_clause_of_the_office(nlp: Language) -> None:
    """ "hired a head of marketing Jo Roe had worked with": the name is no holder."""
    text = "The firm hired a head of marketing Jo Roe had worked with before."
    assert roles_in(nlp, text)["Jo Roe"] is None
