"""What firms and programmes have that people do not: takings, air time, sales, a price."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled


def test_a_name_that_grossed_money_is_a_film(nlp: Language) -> None:
    """ "Corlen Bay has grossed $90m": takings are a film's, not a person's."""
    text = "Corlen Bay has grossed $90m worldwide since it opened in June."
    doc = labelled(nlp, text, [("Corlen Bay", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Corlen Bay") != PERSON


def test_a_name_that_aired_is_a_programme(nlp: Language) -> None:
    """ "Corlen Bay aired on Sunday": a programme airs; "Mara Quill aired her fears" is someone."""
    text = "Corlen Bay aired on Sunday night and drew warm reviews from critics."
    doc = labelled(nlp, text, [("Corlen Bay", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Corlen Bay") != PERSON
    text = "Mara Quill aired her fears at the meeting, and she later wrote to the council."
    doc = labelled(nlp, text, [("Mara Quill", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Mara Quill") == PERSON


def test_a_name_with_sales_at_it_is_a_firm(nlp: Language) -> None:
    """ "Sales at Corvin Halloway rose": a firm has sales and job cuts at it."""
    for text in (
        "Sales at Corvin Halloway rose 10% in the six weeks to January.",
        "Job cuts at Corvin Halloway will hit 2,000 staff next year.",
    ):
        doc = labelled(nlp, text, [("Corvin Halloway", "PERSON")])
        kinds = {e.name: e.kind for e in extract_entities(doc)}
        assert kinds.get("Corvin Halloway") == ORG, text


def test_a_name_valued_at_a_sum_is_a_firm(nlp: Language) -> None:
    """ "The offer values Corvin Halloway at £2bn": a price is put on a firm, not a person."""
    text = "The offer values Corvin Halloway at £2bn, the board said on Monday."
    doc = labelled(nlp, text, [("Corvin Halloway", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Corvin Halloway") == ORG


def test_a_shop_of_a_person_stays_the_person(nlp: Language) -> None:
    """ "sales at Mara Quill's shop": the possessive makes the shop hers, she stays a person."""
    text = "Sales at Mara Quill's shop rose, and she said she would hire two more staff."
    doc = labelled(nlp, text, [("Mara Quill", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Mara Quill") == PERSON


def test_a_name_opening_with_a_verb_in_ing_is_a_title(nlp: Language) -> None:
    """ "Chasing Tarrow has five nominations": a title opens so, no given name does."""
    text = "Chasing Tarrow has five nominations, and the cast will attend the ceremony."
    doc = labelled(nlp, text, [("Chasing Tarrow", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Chasing Tarrow") != PERSON


def test_a_given_name_in_ing_stays_a_person(nlp: Language) -> None:
    """ "Sterling Quade said he": a given name in "-ing" that is no verb's stays a person."""
    text = "Sterling Quade said he would stand again at the next election."
    doc = labelled(nlp, text, [("Sterling Quade", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Sterling Quade") == PERSON


def test_a_name_that_is_sung_is_a_song(nlp: Language) -> None:
    """ "the singing of Harrowgate Green", "sang Harrowgate Green": a song, not a person."""
    for text in (
        "The choir led the singing of Harrowgate Green at the final concert.",
        "The crowd sang Harrowgate Green as the players left the pitch.",
    ):
        doc = labelled(nlp, text, [("Harrowgate Green", "PERSON")])
        kinds = {e.name: e.kind for e in extract_entities(doc)}
        assert kinds.get("Harrowgate Green") != PERSON, text


def test_a_person_sung_to_stays_a_person(nlp: Language) -> None:
    """ "sang to Mara Quill", "sang Mara Quill's praises": she is sung to or praised."""
    text = "The crowd sang Mara Quill's praises after she scored twice in the final."
    doc = labelled(nlp, text, [("Mara Quill", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Mara Quill") == PERSON


def test_a_name_before_goods_sold_under_it_is_a_brand(nlp: Language) -> None:
    """ "Orrin Vale handbags are made in Kelby": goods sold under a name make it a brand's."""
    text = "Orrin Vale handbags are made in Kelby and sold in forty countries."
    doc = labelled(nlp, text, [("Orrin Vale", "PERSON")])
    assert {e.name: e.kind for e in extract_entities(doc)}.get("Orrin Vale") == ORG
