"""No comma between a title and the body it is held in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a body the model labels
        (
            "Senior economist Paul Renner, of Halvard Bank, said rates would stay high.",
            "Paul Renner",
            "Senior economist of Halvard Bank",
        ),
        # a body whose name ends in a word for one, whatever the model made of it
        (
            "Industry analyst Mira Dane of Corvin Research said investors were nervous.",
            "Mira Dane",
            "Industry analyst of Corvin Research",
        ),
    ],
)
def test_title_runs_into_body(nlp: Language, text: str, name: str, expected: str) -> None:
    """A title of several words runs into the body after the name without a comma."""
    assert roles_in(nlp, text)[name] == expected
