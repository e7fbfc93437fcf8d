"""A role before "is"/"was" with the name after it ("The new coach is Tom Vell")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The new coach of the club is Tom Vell.", "Tom Vell", "new coach of the club"),
        ("The victim of the crash was Tom Vell.", "Tom Vell", "victim of the crash"),
        ("Ann Roke's father was Tom Vell.", "Tom Vell", "Ann Roke's father"),
    ],
)
def test_role_named_last(nlp: Language, text: str, name: str, expected: str) -> None:
    """The subject of "be" is the role of the name that completes it."""
    assert roles_in(nlp, text)[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "His lawyer is not Tom Vell.",
        "If the winner is Tom Vell, the club will pay.",
        "The man who found her was Tom Vell.",
    ],
)
def test_no_role_named_last(nlp: Language, text: str) -> None:
    """A negated or conditional copula, or a bare "man", states no role."""
    assert roles_in(nlp, text)["Tom Vell"] is None
