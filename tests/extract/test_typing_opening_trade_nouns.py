"""A line opening on the noun of a kind of firm ("Chipmaker warns") names no body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_trade_noun_opening_a_headline_is_no_body(nlp: Language) -> None:
    """ "Chipmaker cuts forecast" read as a body: the kind of firm, no firm's name."""
    text = "Chipmaker cuts forecast as orders slow\n\nOrders for chips fell in May, it said."
    kinds = labelled_kinds(nlp, text, [("Chipmaker", "ORG")])
    assert "Chipmaker" not in kinds


def test_a_firm_named_after_a_trade_noun_keeps_its_name(nlp: Language) -> None:
    """ "Airline Brelmo cuts routes": the firm's own name is still a body."""
    text = "Airline Brelmo cuts routes\n\nBrelmo said fuel costs had risen."
    kinds = labelled_kinds(nlp, text, [("Brelmo", "ORG"), ("Brelmo", "ORG")])
    assert kinds.get("Brelmo") == "organization"
