"""Name spans: people named by what they are to a body do not open the body's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import entity_kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Customers of Harbourside Bank were unable to use its app on Friday. "
            "The bank apologised.",
            "Harbourside Bank",
        ),
        ("Staff at Kelby Foods walked out on Monday over pay.", "Kelby Foods"),
    ],
)
def test_members_before_a_body_at_a_sentences_start_are_cut(
    nlp: Language, text: str, body: str
) -> None:
    """ "Customers of X were ...": the body is X, not its customers."""
    assert entity_kinds(nlp, text) == {body: "organization"}
