"""A capitalised word of a body's name that opens a title before a name stays in it."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_capitalised_adverb_of_a_party_name_stays(nlp: Language) -> None:
    """ "A Just Fenland leader Ivo Quist": "Just" is a word of the party's name."""
    text = "On Monday, Just Fenland leader Ivo Quist said the vote was rigged."
    assert roles_in(nlp, text)["Ivo Quist"] == "Just Fenland leader"


def test_adverb_in_lower_case_is_dropped(nlp: Language) -> None:
    """ "Ivo Quist, now Tarland mayor,": "now" is when, not part of the role."""
    text = "Ivo Quist, now Tarland mayor, said so."
    assert roles_in(nlp, text)["Ivo Quist"] == "Tarland mayor"
