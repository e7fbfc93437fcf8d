"""A fronted "for" and a body before a verb of saying says for whom the person speaks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "For the Green Party, Nadia Kell said the wall should be left to the sea.",
            "Nadia Kell",
            "for the Green Party",
        ),
        ("For Labour, Omar Vask said the plan was flawed.", "Omar Vask", "for Labour"),
    ],
)
def test_fronted_for_a_body(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "For the Greens, X said" gives X's side as "X, for the Greens, said" does."""
    assert roles_in(nlp, text)[name] == expected


def test_fronted_for_an_occasion_gives_nothing(nlp: Language) -> None:
    """ "For the first time" is no body, so no role."""
    assert roles_in(nlp, "For the first time, Lina Pohl said she would stand.")["Lina Pohl"] is None
