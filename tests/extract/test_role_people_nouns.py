"""Nouns for a member of a party or a people that no ending gives away."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Several hopefuls back the plan, including Tina Gorle, a Kentucky Republican, "
            "who spoke on Monday.",
            "Tina Gorle",
            "Kentucky Republican",
        ),
        (
            "When Ravi Dost, a Syrian Kurd, died in Tarland last spring, the group marched.",
            "Ravi Dost",
            "Syrian Kurd",
        ),
    ],
)
def test_member_noun_in_an_appositive(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "a Kentucky Republican", "a Syrian Kurd": an appositive that says who the person is."""
    assert roles_in(nlp, text)[name] == expected
