"""The lede's unnamed subject is not someone named after another person in a sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the one the lede opens on is the first named, not those she names after
        (
            "A retired nurse has won a fortune on the lottery.\n\n"
            "Jo Ames said Tim Rudd had sold her the ticket.",
            "Tim Rudd",
            None,
        ),
        # ... who is still the lede's one
        (
            "A retired nurse has won a fortune on the lottery.\n\n"
            "Jo Ames said Tim Rudd had sold her the ticket.",
            "Jo Ames",
            "retired nurse",
        ),
    ],
)
def test_lede_subject_not_named_later(
    nlp: Language, text: str, name: str, expected: str | None
) -> None:
    """A lede's description goes to the first person named, not one named after them."""
    assert roles_in(nlp, text)[name] == expected
