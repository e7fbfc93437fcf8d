"""A name after or beside a noun of a shop or a supplier is the firm's, not a person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled


@pytest.mark.parametrize(
    "text",
    [
        "The department store, Lucy Marlowe, said it would close ten shops.",
        "The family-run department store Lucy Marlowe is to close after 90 years.",
        "Lucy Marlowe, the furniture wholesaler, said profits had doubled.",
    ],
)
def test_a_shop_named_after_its_founder_is_a_firm(nlp: Language, text: str) -> None:
    """ "The department store, Lucy Marlowe,": the shop, not its founder."""
    doc = labelled(nlp, text, [("Lucy Marlowe", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Lucy Marlowe") == ORG


def test_a_supplier_named_as_a_word_is_a_firm(nlp: Language) -> None:
    """ "energy supplier Brightwell": a trade before a name with no given name."""
    text = "The ground was renamed after energy supplier Brightwell paid for it."
    doc = labelled(nlp, text, [("Brightwell", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Brightwell") == ORG


def test_a_grocer_with_a_given_name_stays_a_person(nlp: Language) -> None:
    """ "founded by grocer Walter Pryde": a person's trade before a person's name."""
    text = "The chain, founded by grocer Walter Pryde in 1869, has 400 shops."
    doc = labelled(nlp, text, [("Walter Pryde", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Walter Pryde") == PERSON
