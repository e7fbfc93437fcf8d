"""A letter's "Dear" greets the person named after it and is no part of the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PERSON
from tests.extract.conftest import labelled


def test_dear_is_cut_from_the_name_it_greets(nlp: Language) -> None:
    """ "'Dear Ana Rell,' the letter begins": the person is Ana Rell, not "Dear Ana Rell"."""
    text = "'Dear Ana Rell, I saw you sing last week,' the letter begins. Rell read it on air."
    labels = [("Dear Ana Rell", "PERSON"), ("Rell", "PERSON")]
    people = [e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == PERSON]
    assert people == ["Ana Rell"]
