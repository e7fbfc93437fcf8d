"""Nouns of opposite sexes joined by "and" before a name: two people, not one title."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_mother_and_father_are_two_people(nlp: Language) -> None:
    """ "her mother and boat builder father Tom Vell": he is the boat builder father."""
    text = "Ann Roke stays with her mother and boat builder father Tom Vell near Tarland."
    assert roles_in(nlp, text)["Tom Vell"] == "boat builder father"


def test_roles_without_sex_still_join(nlp: Language) -> None:
    """ "mother-of-two and charity worker Ann Roke": both are hers."""
    text = "The award went to mother-of-two and charity worker Ann Roke last night."
    assert roles_in(nlp, text)["Ann Roke"] == "mother-of-two and charity worker"
