"""A party's members named in a lower-case plural before a list of names are each name's
title."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_lower_case_party_members_before_two_names(nlp: Language) -> None:
    """ "backed by liberals Harriet Polk and Simon Vayne": each is a liberal."""
    text = "The harbour plan was backed by liberals Harriet Polk and Simon Vayne in March."
    found = roles_in(nlp, text)
    assert found["Harriet Polk"] == "liberal"
    assert found["Simon Vayne"] == "liberal"
