"""A building or street that says something in the passive is the body that works there."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talk of a spring election was described as mere guesswork by Fennick Street.",
            "Fennick Street",
        ),
        (
            "The rumours about the minister were sharply criticised by Whitcombe Street.",
            "Whitcombe Street",
        ),
    ],
    ids=["by-hung-on-a-noun", "agent-of-the-verb"],
)
def test_a_street_that_speaks_in_the_passive_is_a_body(nlp: Language, text: str, name: str) -> None:
    """ "described as mere guesswork by Fennick Street": the office speaks, not the street."""
    kinds = {e.name: e.kind for e in extract_entities(nlp(text))}
    assert kinds.get(name) == ORG
