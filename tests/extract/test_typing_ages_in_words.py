"""An age written in words, set off after a name, makes the name a person's as digits do."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities
from tests.extract.conftest import labelled


def test_an_age_in_words_makes_a_person(nlp: Language) -> None:
    """ "their daughters Mirel, six, Anwa, four,": each name read as a place or body is a child."""
    text = "Ola Brand has two daughters, Mirel, six, and Anwa, four, who go to school."
    doc = labelled(nlp, text, [("Ola Brand", "PERSON"), ("Mirel", "ORG"), ("Anwa", "GPE")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Mirel") == PERSON
    assert kinds.get("Anwa") == PERSON


def test_an_age_before_and_another_name_makes_a_person(nlp: Language) -> None:
    """ "Tobin, 19 and Hesper" : the age of the first of two children closes with "and"."""
    text = "Ola Brand has two children, Tobin, 19 and Hesper, who live abroad."
    doc = labelled(nlp, text, [("Ola Brand", "PERSON"), ("Tobin", "GPE"), ("Hesper", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tobin") == PERSON
