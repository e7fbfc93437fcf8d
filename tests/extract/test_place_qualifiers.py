"""A region named after a town and a comma is where the town is, whatever the model read."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PERSON, PLACE
from tests.extract.conftest import labelled_kinds


def test_a_county_after_a_town_read_as_a_person_is_a_place(nlp: Language) -> None:
    """ "from Tarnley, Devon, said": the county is no person, though the model says so."""
    text = "Edna Varley, 81, from Tarnley, Devon, said the fine was absurd."
    labels = [("Edna Varley", "PERSON"), ("Tarnley", "GPE"), ("Devon", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Devon") == PLACE


def test_a_region_name_that_says_something_stays_a_person(nlp: Language) -> None:
    """ "In Tarnley, Victoria said": the name after the comma is the verb's subject."""
    text = "In Tarnley, Victoria said the fine was absurd. Victoria Roke is a baker."
    labels = [("Tarnley", "GPE"), ("Victoria", "PERSON"), ("Victoria Roke", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Victoria Roke") == PERSON
    assert labelled_kinds(nlp, text, labels).get("Victoria") != PLACE
