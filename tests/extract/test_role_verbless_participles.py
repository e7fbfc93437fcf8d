"""The verb of a sentence the parser read as an adjective is no part of a title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Sen. Roberta Calloway, a Democrat from Oregon, pressed nominee Walter Epling "
            "on cost overruns.",
            "Walter Epling",
            "nominee",
        ),
        (
            "The striker, who joined from Leeds, later thanked manager Rob Tiller.",
            "Rob Tiller",
            "manager",
        ),
    ],
)
def test_clause_verb_left_out(nlp: Language, text: str, name: str, expected: str) -> None:
    """The past form after the comma is the clause's verb, not the title's adjective."""
    assert roles_in(nlp, text)[name] == expected


def test_participle_without_comma_kept(nlp: Language) -> None:
    """A participle before a title with no comma before it is the title's ("disgraced")."""
    text = "Police said the disgraced financier Jo Ames, 54, was held."
    assert roles_in(nlp, text)["Jo Ames"] == "disgraced financier, 54"
