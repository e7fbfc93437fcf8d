"""Plain descriptions listed after a name ("mother, wife, 62"): each role, and the age."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_bare_roles_listed_before_the_age(nlp: Language) -> None:
    """ "Amy Lorrel, mother, wife, 62,": both roles and the age set off after them."""
    text = "Amy Lorrel, mother, wife, 62, from Dornwick, said she was relieved."
    assert roles_in(nlp, text)["Amy Lorrel"] == "mother, wife, 62"


def test_indefinite_list_of_roles_before_the_age(nlp: Language) -> None:
    """ "Amy Lorrel, a mother, wife and nurse, 62,": the whole list and the age."""
    text = "Amy Lorrel, a mother, wife and nurse, 62, from Dornwick, said she was relieved."
    assert roles_in(nlp, text)["Amy Lorrel"] == "mother, wife and nurse, 62"
