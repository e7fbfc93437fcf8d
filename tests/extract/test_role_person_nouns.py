"""Nouns for people with no person's ending ("bodyguard", "barista") read as roles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Tom Vell, 72, Ann's former bodyguard, told reporters it was late.",
            "Tom Vell",
            "Ann's former bodyguard, 72",
        ),
        ("The plan was seen by classmate Tom Vell.", "Tom Vell", "classmate"),
        ("Tom Vell, the bodyguard, said it was late.", "Tom Vell", "bodyguard"),
        ("The cafe was run by barista Ann Roke until May.", "Ann Roke", "barista"),
        (
            "'Not at all,' Tarland County Undersheriff Tom Vell told reporters.",
            "Tom Vell",
            "Tarland County Undersheriff",
        ),
        # a teacher of a martial art or a faith, said by a copula
        (
            "Tom Vell lives in Harlow.\n\nTom is Britain's oldest judo sensei.",
            "Tom Vell",
            "Britain's oldest judo sensei",
        ),
        (
            "Anna Pellow, the village mullah, said prayers were cancelled.",
            "Anna Pellow",
            "village mullah",
        ),
    ],
)
def test_person_noun_is_role(nlp: Language, text: str, name: str, expected: str) -> None:
    """A noun for a person that the word lists now hold is read as the person's role."""
    assert roles_in(nlp, text)[name] == expected
