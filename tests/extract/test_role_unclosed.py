"""A description before a name with no closing comma ("The club captain, Tom Vell said")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.seeds import Seed
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


def test_unclosed_description_after_the_name() -> None:
    """ "Amy, Joel's mother told ...": the loose name is the subject noun's person."""
    text = "The boy was treated for burns.\n\n'It was scary,' Amy, Joel's mother told the paper."
    paragraphs = tuple(text.split("\n\n"))
    found = extract([Seed("mother.txt", "0" * 64, None, paragraphs)])[0]
    assert {p["name"]: p["role"] for p in found["people"]}.get("Amy") == "Joel's mother"


def test_a_name_called_in_a_quote_takes_no_description(nlp: Language) -> None:
    """ "'Maisie, your aunt told me so'": a speaker calling someone, no appositive."""
    text = "'We were lucky,' said Maisie Vell. 'Maisie, your aunt told me so.'"
    assert roles_in(nlp, text)["Maisie Vell"] is None
