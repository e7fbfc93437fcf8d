""" "The firm said": the one body named before whose name ends in a company's legal form."""

from __future__ import annotations

from generator.extract.entities import ORG, Entity
from generator.extract.referent_companies import company_by_legal_form
from tests.extract.test_quotes import speakers


def test_the_firm_is_the_one_company_beside_a_court() -> None:
    """A court named beside a company is no firm: "the firm said" is the company."""
    text = (
        "Harrowby Haulage Ltd admitted breaking safety law at Kelby Crown Court.\n\n"
        'Judge Mary Wren said the company had "ignored every warning".\n\n'
        'In a statement, the firm said: "We are deeply sorry for what happened."'
    )
    assert speakers(text)[-1] == ("We are deeply sorry for what happened.", "Harrowby Haulage Ltd")


def test_a_legal_form_names_the_firm_only_when_one_company_has_one() -> None:
    """One name ending in "Ltd" beside a court is "the firm"; two such names are neither."""
    haulier = Entity(ORG, "Harrowby Haulage Ltd")
    court = Entity(ORG, "Kelby Crown Court")
    cranes = Entity(ORG, "Tarnside Cranes plc")
    assert company_by_legal_form("firm", [haulier, court]) is haulier
    assert company_by_legal_form("company", [haulier, court]) is haulier
    assert company_by_legal_form("firm", [haulier, court, cranes]) is None
    assert company_by_legal_form("court", [haulier, court]) is None
