"""A description before a name with no closing comma ("The club captain, Tom Vell said")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The club captain, Tom Vell said the side was ready.", "Tom Vell", "club captain"),
        (
            'His grieving mother, Ann Roke said: "He had such plans."',
            "Ann Roke",
            "grieving mother",
        ),
        (
            "The chairman of the Tarland Council, Tom Vell QC has warned of a risk.",
            "Tom Vell",
            "QC, chairman of the Tarland Council",
        ),
    ],
)
def test_unclosed_description(nlp: Language, text: str, name: str, expected: str) -> None:
    """A person noun set off by a comma before a name, both subjects of one verb."""
    assert roles_in(nlp, text)[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In March, Tom Vell said the side was ready.",
        "The company, Tom Vell said, would close.",
    ],
)
def test_no_unclosed_description(nlp: Language, text: str) -> None:
    """A fronted time or a thing before the comma is no role."""
    assert roles_in(nlp, text)["Tom Vell"] is None
