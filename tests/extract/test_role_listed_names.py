"""Names listed after a plural noun for people are each one of them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The two candidates, Ann Vell and Tom Ames, met on Monday.", "Ann Vell", "candidate"),
        ("The two candidates, Ann Vell and Tom Ames, met on Monday.", "Tom Ames", "candidate"),
        ("Cara Bell said her sons, Noah, 9, and Finn, 4, played there.", "Noah", "son, 9"),
        ("Cara Bell said her sons, Noah, 9, and Finn, 4, played there.", "Finn", "son, 4"),
        # a generic noun says nothing of them
        ("Three people, Jo Ames, Tim Rudd and Ed Poe, were hurt.", "Tim Rudd", None),
    ],
)
def test_listed_after_plural(nlp: Language, text: str, name: str, expected: str | None) -> None:
    """ "her sons, Noah and Finn": each name set off after the plural noun is one of them."""
    assert roles_in(nlp, text)[name] == expected
