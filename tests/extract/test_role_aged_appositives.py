"""A description set off after a name and an age, which the parser left untied."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_description_after_age_with_owner(nlp: Language) -> None:
    """ "Name, 29, the ex-girlfriend of footballer X," : the phrase after the age is hers."""
    text = "Jo Roe, 29, the ex-girlfriend of footballer Ed Poe, looked glamorous."
    assert roles_in(nlp, text)["Jo Roe"] == "former girlfriend of footballer Ed Poe, 29"


def test_listed_names_with_ages(nlp: Language) -> None:
    """Two names each with an age give neither a role from the other."""
    roles = roles_in(nlp, "Jo Roe, 29, and Ed Poe, 31, were arrested.")
    assert roles["Jo Roe"] is None
    assert roles["Ed Poe"] is None
