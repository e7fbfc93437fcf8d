"""Nouns joined by "and" before a name, which the parser hangs from the first of them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_name_hung_from_the_first_noun_takes_both(nlp: Language) -> None:
    """ "Her friend and business partner Tom Ames": both nouns are his."""
    text = "Her friend and business partner Tom Ames said so."
    assert roles_in(nlp, text)["Tom Ames"] == "friend and business partner"


def test_a_title_after_another_person_is_the_names_own(nlp: Language) -> None:
    """ "The judge and jury foreman Tom Ames": the judge is someone else; he is the foreman."""
    assert roles_in(nlp, "The judge and jury foreman Tom Ames left.")["Tom Ames"] == "jury foreman"
