"""An executive's letters after a body's possessive: "Vellcorp's CTO, Tom Vell"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    "text",
    [
        "Vellcorp's CTO, Tom Vell, said the plan would work.",
        "Vellcorp's CTO Tom Vell said the plan would work.",
    ],
)
def test_executive_letters_after_a_body(nlp: Language, text: str) -> None:
    """ "CTO" is a post as "CEO" is, though the model tags it as a body."""
    assert roles_in(nlp, text)["Tom Vell"] == "Vellcorp's CTO"
