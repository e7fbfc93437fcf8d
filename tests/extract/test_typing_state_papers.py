"""A government's budget, bill, white paper or election, capitalised as a name, is no body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_the_budget_is_no_body(nlp: Language) -> None:
    """ "in the next Budget" read as a body: the government's yearly budget."""
    text = "Finance chief Pia Loss said the rail fund would be paid for in the next Budget."
    labels = [("Pia Loss", "PERSON"), ("Budget", "ORG")]
    assert "Budget" not in labelled_kinds(nlp, text, labels)


def test_a_bill_is_no_body_nor_person(nlp: Language) -> None:
    """ "The Bill now goes to peers": a draft law, also when the model read a given name."""
    text = "The Bill now goes to the upper house, where Senator Ola Brine will oppose it."
    labels = [("Bill", "PERSON"), ("Ola Brine", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert "Bill" not in kinds and kinds.get("Ola Brine") == "person"


def test_a_white_paper_and_an_election_are_no_bodies(nlp: Language) -> None:
    """ "a new White Paper", "before the European Election": a document and a vote."""
    text = "Ministers will publish a new White Paper on ports before the European Election."
    labels = [("White Paper", "ORG"), ("European Election", "ORG")]
    assert labelled_kinds(nlp, text, labels) == {}


def test_a_body_named_after_a_budget_stays_a_body(nlp: Language) -> None:
    """ "the Budget Office said": the name ends in a body's noun, so it stays a body."""
    text = "The Budget Office said on Friday that the deficit had grown."
    assert (
        labelled_kinds(nlp, text, [("Budget Office", "ORG")]).get("Budget Office") == "organization"
    )
