"""A count a boss may hold ("has 20 staff") is no evidence of a firm; a firm's act still is."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_boss_with_a_few_staff_stays_a_person(nlp: Language) -> None:
    """ "Tom Ames has 20 staff at his bakery": a man with a shop, not a firm called Tom Ames."""
    kinds = entity_kinds(
        nlp, "Tom Ames has 20 staff at his bakery in Norport. He opened it in 2001."
    )
    assert kinds.get("Tom Ames") == "person"


def test_a_firm_that_cuts_staff_leans_to_a_body(nlp: Language) -> None:
    """ "Brantley will cut 300 staff": a firm's act still leans the name to a body."""
    kinds = entity_kinds(nlp, "Brantley will cut 300 staff across Norport, the retailer said.")
    assert kinds.get("Brantley") != "person"
