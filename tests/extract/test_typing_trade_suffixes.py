"""Entity typing: a name ending in a trade's word ("Semiconductor", "Therapeutics") is a firm."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import entity_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A chip firm has put off a new plant. Kelbrook Semiconductor said in a statement "
            "that the factory would open a year late.",
            "Kelbrook Semiconductor",
        ),
        (
            "Shares in drug developers rose. Tarnby Therapeutics said its trial had met "
            "its goals, and it would ask regulators for approval.",
            "Tarnby Therapeutics",
        ),
    ],
)
def test_a_name_ending_in_a_trade_word_is_an_organization(
    nlp: Language, text: str, name: str
) -> None:
    """A speaker whose name ends in a trade's word is a firm, however the model tags it."""
    assert entity_kinds(nlp, text).get(name) == "organization"
