"""Firms named like people, told by what they report and who owns or runs them."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_change_in_profits_is_a_firms_report(nlp: Language) -> None:
    """ "Orla Tennant reported a fall in profits": a shop chain named after its founder."""
    kinds = person_labelled_kinds(
        nlp,
        "Orla Tennant reported a 4% fall in profits for the half year on Tuesday.",
        ["Orla Tennant"],
    )
    assert kinds.get("Orla Tennant") != "person"


def test_a_name_before_its_owners_noun_is_a_brand(nlp: Language) -> None:
    """ "Corin Falk owner Harwell Group": the owned name is a brand, not a person."""
    kinds = person_labelled_kinds(
        nlp,
        "Corin Falk owner Harwell Group said it would open ten more shops next year.",
        ["Corin Falk"],
    )
    assert kinds.get("Corin Falk") != "person"
