"""A name set beside a place noun by a comma ("the capital, Kelby,") is a place, not a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PERSON, PLACE
from tests.extract.conftest import labelled_kinds


def test_the_capital_comma_name_is_a_place(nlp: Language) -> None:
    """ "went to the capital, Vellburg," read as a body by the model: the noun says a place."""
    text = "Luckily I escaped and went to the capital, Vellburg, but could not find my family."
    assert labelled_kinds(nlp, text, [("Vellburg", "ORG")]).get("Vellburg") == PLACE


def test_a_name_then_a_port_is_a_place(nlp: Language) -> None:
    """ "Vellhaven, a port on the east coast," read as a body: the apposition says a place."""
    text = "Vellhaven, a port on the east coast, was hit by the storm on Monday."
    assert labelled_kinds(nlp, text, [("Vellhaven", "ORG")]).get("Vellhaven") == PLACE


def test_a_place_word_modifying_the_apposition_is_no_place(nlp: Language) -> None:
    """ "Ann Roke, a prison officer," is an officer: only the apposition's head counts."""
    text = "Ann Roke, a prison officer, said the men were calm that night."
    assert labelled_kinds(nlp, text, [("Ann Roke", "PERSON")]).get("Ann Roke") == PERSON


def test_a_noun_of_people_in_apposition_is_no_place(nlp: Language) -> None:
    """ "Dora Vell, a refugee who teaches in Kelby," is a refugee: the noun marks no place here."""
    # "refugee" marks a place before a noun ("the Zelta refugee camp").
    text = "Dora Vell, a refugee who now teaches music in Kelby, said she was busy."
    assert labelled_kinds(nlp, text, [("Dora Vell", "PERSON")]).get("Dora Vell") == PERSON
