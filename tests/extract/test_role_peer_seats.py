"""A peer's name runs on into the seat of the title ("Lord Roe of Tarnby"): an appositive
after the seat is the peer's, whatever the model made of the place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "But Lord Morrow of Harlow, a law lord, said the plan was lawful.",
            "Lord Morrow",
            "law lord",
        ),
        (
            "Baroness Tolling of Kelby, the former health minister, said the plan was wrong.",
            "Baroness Tolling",
            "former health minister",
        ),
    ],
)
def test_appositive_after_a_peers_seat(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "Lord Morrow of Harlow, a law lord," is a law lord."""
    assert roles_in(nlp, text)[name] == expected
