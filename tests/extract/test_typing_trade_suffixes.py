"""Trade words that end a firm's name and no person's: "Semiconductor", "Retail", "Homes"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import entity_kinds, person_labelled_kinds


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


def test_a_name_ending_in_retail_is_a_firm(nlp: Language) -> None:
    """ "Its new owner, Brenton Retail," read as a person with a role: a firm."""
    text = "The shop was sold last week. Its new owner, Brenton Retail, plans to hire 50 staff."
    kinds = person_labelled_kinds(nlp, text, ["Brenton Retail"])
    assert kinds.get("Brenton Retail") == "organization"


def test_a_name_ending_in_homes_is_a_firm(nlp: Language) -> None:
    """ "Plans by Dunleigh Homes" read as a person: a house builder."""
    text = "Plans by Dunleigh Homes for 300 houses were approved."
    kinds = person_labelled_kinds(nlp, text, ["Dunleigh Homes"])
    assert kinds.get("Dunleigh Homes") == "organization"
