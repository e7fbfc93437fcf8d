"""Firms named like people, told by the trade or the staff the text gives them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_given_name_votes import labelled_kinds


def test_one_name_after_a_plural_trade_is_a_firm(nlp: Language) -> None:
    """ "Estate agents Corwin Lathe said": one name after the plural of a firm's trade."""
    text = "Estate agents Corwin Lathe said asking prices in the town had stalled."
    kinds = labelled_kinds(nlp, text, [("Corwin Lathe", "PERSON")])
    assert kinds.get("Corwin Lathe") == "organization"
    # Two names after the plural are people of the trade.
    text = "Auditors Corwin Lathe and Mira Osk signed off the accounts."
    kinds = labelled_kinds(nlp, text, [("Corwin Lathe", "PERSON"), ("Mira Osk", "PERSON")])
    assert kinds.get("Corwin Lathe") == "person"


def test_analysts_at_a_name_work_for_a_firm(nlp: Language) -> None:
    """ "Analysts at Dorran Pike said": staff in the plural are at a firm, not at a person."""
    text = "Analysts at Dorran Pike said the rise in rates would hurt lenders."
    kinds = labelled_kinds(nlp, text, [("Dorran Pike", "PERSON")])
    assert kinds.get("Dorran Pike") == "organization"
