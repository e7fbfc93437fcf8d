"""A body's name with "of" written whole before a title goes on the role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Inflation will stay high, Bank of Arland Governor Celia Montrose said on Friday.",
            "Celia Montrose",
            "Bank of Arland Governor",
        ),
        (
            "University of Kelby Professor Ann Vell said the data were clear.",
            "Ann Vell",
            "University of Kelby Professor",
        ),
    ],
)
def test_body_before_title(nlp: Language, text: str, name: str, expected: str) -> None:
    """The body's name ahead of the title tells whose office it is."""
    assert roles_in(nlp, text)[name] == expected


def test_of_before_a_person_noun_is_kept_out(nlp: Language) -> None:
    """ "the son of nurse Jo Roe": "of" before a plain title is no body's name."""
    assert roles_in(nlp, "The son of nurse Jo Roe was hurt.")["Jo Roe"] == "nurse"
