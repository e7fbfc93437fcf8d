"""A noun for a kind of firm that opens the sentence is no part of the name after it:
"Chipmaker Tarvo said", "Retailer Brannock reported"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled


def test_a_chipmaker_the_model_calls_a_person_is_a_firm(nlp: Language) -> None:
    """ "Chipmaker Arvonne says its new chip is faster": the firm Arvonne, no person."""
    text = "Chipmaker Arvonne says its new chip will be twice as fast as the last one."
    doc = labelled(nlp, text, [("Chipmaker Arvonne", "PERSON")])
    entities = extract_entities(doc)
    assert not [e for e in entities if e.kind == PERSON]
    assert [e.name for e in entities if e.kind == ORG] == ["Arvonne"]


def test_a_chipmaker_that_said_something_is_a_firm(nlp: Language) -> None:
    """ "Chipmaker Tarvo said profits rose": a firm's statement, no person's."""
    text = "Chipmaker Tarvo said profits rose by 10% in the year to March."
    doc = labelled(nlp, text, [("Chipmaker Tarvo", "ORG")])
    entities = extract_entities(doc)
    assert [e.name for e in entities if e.kind == ORG] == ["Tarvo"]


def test_a_publisher_opening_a_sentence_stays_a_person(nlp: Language) -> None:
    """ "Publisher Tom Vell said he would sell": publishers are people too."""
    text = "Publisher Tom Vell said he would sell the paper."
    doc = labelled(nlp, text, [("Tom Vell", "PERSON")])
    assert [e.name for e in extract_entities(doc) if e.kind == PERSON] == ["Tom Vell"]


def test_a_body_whose_name_opens_with_its_kind_keeps_it(nlp: Language) -> None:
    """ "Bank of Tarland Governor Ann Roke said": "Bank" is the first word of the bank's name."""
    text = "Bank of Tarland Governor Ann Roke said rates would stay low."
    doc = labelled(nlp, text, [("Bank of Tarland", "ORG"), ("Ann Roke", "PERSON")])
    assert [e.name for e in extract_entities(doc) if e.kind == ORG] == ["Bank of Tarland"]


def test_a_housebuilder_named_like_a_person_is_a_firm(nlp: Language) -> None:
    """ "Housebuilder Marlow Fenwick has reported a rise in profits": a firm, no person."""
    text = (
        "Housebuilder Marlow Fenwick has reported a 20% rise in profits on strong demand. "
        "Marlow Fenwick finished 9,000 homes last year."
    )
    doc = labelled(
        nlp, text, [("Housebuilder Marlow Fenwick", "PERSON"), ("Marlow Fenwick", "PERSON")]
    )
    entities = extract_entities(doc)
    assert not [e for e in entities if e.kind == PERSON]
    assert [e.name for e in entities if e.kind == ORG] == ["Marlow Fenwick"]
