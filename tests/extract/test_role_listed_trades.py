"""Nouns for people that no ending gives away and WordNet may not list as people are in the
word lists (`data/titles.yaml`, people): a title before a name or before its comma."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The lifeboat's coxswain, Ann Roebury, said the sea was rough.",
            "Ann Roebury",
            "coxswain",
        ),
        (
            "The gang's mastermind, Ann Roebury, was jailed for ten years.",
            "Ann Roebury",
            "mastermind",
        ),
    ],
)
def test_listed_noun_is_a_title(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "coxswain", "mastermind": nouns for people by the word lists."""
    assert expected in (roles_in(nlp, text)[name] or "")
