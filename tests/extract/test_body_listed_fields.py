"""A body's name whose "of", "for" or "on" lists fields runs on over the whole list."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == ORG}


def test_a_list_of_fields_after_a_comma_is_part_of_the_name(nlp: Language) -> None:
    """ "the Ministry of Ports" + ", Shipping and Inland Waterways": one ministry."""
    text = "The Ministry of Ports, Shipping and Inland Waterways approved the plan on Monday."
    bodies = _bodies(nlp, text, [("The Ministry of Ports", "ORG")])
    assert "Ministry of Ports, Shipping and Inland Waterways" in bodies


def test_a_field_the_model_read_with_an_acronym_joins_the_name(nlp: Language) -> None:
    """ "Agency for Seed and Feed Inspection" + "and" + "Control (KASFIC": one agency."""
    text = "The Agency for Seed and Feed Inspection and Control (KASFIC) shut two mills."
    labels = [("The Agency for Seed and Feed Inspection", "ORG"), ("Control (KASFIC", "ORG")]
    assert "Agency for Seed and Feed Inspection and Control" in _bodies(nlp, text, labels)


def test_a_committee_on_two_fields_is_one_name(nlp: Language) -> None:
    """ "the Committee on Trade" + "and" + "Industrial Policy": "on" opens fields too."""
    text = "Members of the Committee on Trade and Industrial Policy met Tom Vell today."
    labels = [
        ("the Committee on Trade", "ORG"),
        ("Industrial Policy", "ORG"),
        ("Tom Vell", "PERSON"),
    ]
    assert "Committee on Trade and Industrial Policy" in _bodies(nlp, text, labels)


def test_a_firm_after_and_is_a_second_body(nlp: Language) -> None:
    """ "the Bank of Kelby and Tarvolt": a firm's name is no field."""
    text = "Officials from the Bank of Kelby and Tarvolt met on Friday."
    bodies = _bodies(nlp, text, [("the Bank of Kelby", "ORG"), ("Tarvolt", "ORG")])
    assert "Bank of Kelby and Tarvolt" not in bodies


def test_an_item_ending_in_a_bodys_head_is_a_second_body(nlp: Language) -> None:
    """ "the Bank of Kelby and Export Bank": a body's head noun ends the second name."""
    text = "Officials from the Bank of Kelby and Export Bank met on Friday."
    bodies = _bodies(nlp, text, [("the Bank of Kelby", "ORG"), ("Export Bank", "ORG")])
    assert "Bank of Kelby and Export Bank" not in bodies


def test_a_slogan_after_and_is_no_field(nlp: Language) -> None:
    """ "Save the Reef on Kelby and Be a Litter Hero": "Be" opens a second slogan."""
    text = "Its campaigns include Save the Reef on Kelby and Be a Litter Hero, Tom Vell said."
    labels = [("Save the Reef on Kelby", "ORG"), ("Tom Vell", "PERSON")]
    assert "Save the Reef on Kelby and Be" not in _bodies(nlp, text, labels)
