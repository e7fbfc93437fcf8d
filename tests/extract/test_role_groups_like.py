"""A name after "like" under a plural noun for people is one of them: "pilots like Jo Roe"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_names_after_like_are_of_the_group(nlp: Language) -> None:
    """ "Celebrity chefs like Marco Lenzi and Ana Pratt": each is a celebrity chef."""
    found = roles_in(
        nlp, "Celebrity chefs like Marco Lenzi and Ana Pratt have backed the campaign."
    )
    assert found["Marco Lenzi"] == found["Ana Pratt"] == "Celebrity chef"


def test_a_name_after_like_is_one_of_the_group(nlp: Language) -> None:
    """ "Local fishermen like Marco Lenzi": Lenzi is a local fisherman."""
    found = roles_in(nlp, "Local fishermen like Marco Lenzi say the catch has fallen this year.")
    assert found["Marco Lenzi"] == "Local fisherman"


def test_like_after_a_verb_is_no_group(nlp: Language) -> None:
    """ "sings like Marco Lenzi": a likeness, no group the name belongs to."""
    found = roles_in(nlp, "The young tenor sings like Marco Lenzi on his best nights.")
    assert found["Marco Lenzi"] is None
