"""Names ending on a shipping firm's word ("Shipping", "Tankers", "Lines") are bodies."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG
from tests.extract.conftest import labelled_kinds


def test_a_name_ending_on_shipping_is_a_firm(nlp: Language) -> None:
    """ "Torvane Shipping" read as a person is a firm."""
    text = "Torvane Shipping ordered three container ships from a yard abroad."
    kinds = labelled_kinds(nlp, text, [("Torvane Shipping", "PERSON")])
    assert kinds.get("Torvane Shipping") == ORG


def test_a_name_ending_on_tankers_is_a_firm(nlp: Language) -> None:
    """ "Meridor Tankers" read as a person is a firm."""
    text = "Its rival Meridor Tankers said it would also expand its fleet."
    kinds = labelled_kinds(nlp, text, [("Meridor Tankers", "PERSON")])
    assert kinds.get("Meridor Tankers") == ORG


def test_a_name_ending_on_lines_is_a_firm(nlp: Language) -> None:
    """ "Quillon Lines" read as a person is a shipping line."""
    text = "Quillon Lines warned that freight rates would fall again next year."
    kinds = labelled_kinds(nlp, text, [("Quillon Lines", "PERSON")])
    assert kinds.get("Quillon Lines") == ORG
