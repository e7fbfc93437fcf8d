"""A firm's own goods named between "its" and their noun are products, not bodies."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _names(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels))}


def test_a_name_between_its_and_a_phone_is_a_product(nlp: Language) -> None:
    """ "Quorvane said its Pellix phone sold well": Pellix is the phone, no body."""
    text = "Quorvane said its Pellix phone had sold five million units since May."
    names = _names(nlp, text, [("Quorvane", "ORG"), ("Pellix", "ORG")])
    assert "Pellix" not in names
    assert "Quorvane" in names


def test_a_body_before_a_phone_unit_stays_a_body(nlp: Language) -> None:
    """ "its Quorvane phone unit": the noun describes a unit, which is a body's."""
    text = "Tarnwell will sell its Quorvane phone unit. Quorvane said it had 900 staff."
    labels = [("Tarnwell", "ORG"), ("Quorvane", "ORG"), ("Quorvane", "ORG")]
    assert "Quorvane" in _names(nlp, text, labels)


def test_a_name_after_chatbot_is_no_person(nlp: Language) -> None:
    """ "the AI chatbot Margo ... Margo answers": a program, though named like a woman."""
    text = "The AI chatbot Margo now has 90 million users. Margo answers questions in seconds."
    names = _names(nlp, text, [("Margo", "PERSON"), ("Margo", "PERSON")])
    assert "Margo" not in names


def test_a_name_between_its_and_a_range_is_a_product(nlp: Language) -> None:
    """ "demand for its Silver Pantry range": a grocer's own line of goods, no body."""
    text = "Dunwell said demand for its Silver Pantry range had lifted sales by 4%."
    names = _names(nlp, text, [("Dunwell", "ORG"), ("Silver Pantry", "ORG")])
    assert "Silver Pantry" not in names


def test_goods_before_goods_still_name_a_product(nlp: Language) -> None:
    """ "its Pocket Lark handheld console": the noun describes other goods, not a plant."""
    text = "Kotaru has cut the price of its Pocket Lark handheld console in Europe."
    names = _names(nlp, text, [("Kotaru", "ORG"), ("Pocket Lark", "LOC")])
    assert "Pocket Lark" not in names


def test_goods_named_like_a_person_are_a_product(nlp: Language) -> None:
    """ "the Nell Vardy robot vacuum": goods named like a woman, no person."""
    text = "Owners of the Nell Vardy robot vacuum complained about the update."
    assert "Nell Vardy" not in _names(nlp, text, [("Nell Vardy", "PERSON")])


def test_a_person_before_a_hyphened_compound_stays(nlp: Language) -> None:
    """ "the Nell Vardy phone-hacking case": the noun goes on into a compound; she stays."""
    text = "He was questioned over the Nell Vardy phone-hacking case on Monday."
    assert "Nell Vardy" in _names(nlp, text, [("Nell Vardy", "PERSON")])
