"""A writer's square-bracketed title before a name inside quoted words is the role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "'We need a safety net in case [Brussels envoy] Rinaldo Vesper walks away "
            "from the table,' one backbencher said.",
            "Rinaldo Vesper",
            "Brussels envoy",
        ),
        (
            "'I warned [the chief whip] Harriet Colquane twice,' said one minister.",
            "Harriet Colquane",
            "chief whip",
        ),
    ],
)
def test_square_insert_before_name(nlp: Language, text: str, name: str, expected: str) -> None:
    """The bracketed words before the name say who the speaker meant."""
    assert roles_in(nlp, text)[name] == expected


def test_square_insert_of_no_person_noun(nlp: Language) -> None:
    """A bracketed word that names no one ("[sic]") gives no role."""
    text = "'Then [sic] Harriet Colquane left early,' said one minister."
    assert roles_in(nlp, text).get("Harriet Colquane") is None
