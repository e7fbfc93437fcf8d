"""Trade words that end a firm's name and no person's: "Retail", "Homes", "Leisure"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


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
