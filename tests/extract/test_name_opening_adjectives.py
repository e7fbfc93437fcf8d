"""An adjective capitalised to open a sentence is no name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import lexicon
from generator.extract.name_spans import clean_span
from tests.extract.conftest import labelled


def test_an_opening_adjective_alone_is_no_name(nlp: Language) -> None:
    """ "Digital rights group Open Lines said": "Digital" is the group's kind, not a body."""
    doc = labelled(nlp, "Digital rights group Open Lines said so.", [("Digital", "ORG")])
    assert clean_span(doc.ents[0], lexicon()) is None


def test_an_opening_word_that_is_a_noun_too_stays(nlp: Language) -> None:
    """ "Green campaigners said": "green" is a noun too, and may name a party; it is kept."""
    doc = labelled(nlp, "Green campaigners said so.", [("Green", "ORG")])
    span = clean_span(doc.ents[0], lexicon())
    assert span is not None and span.text == "Green"


def test_an_adjective_inside_a_sentence_stays(nlp: Language) -> None:
    """ "They met Digital staff": a capital inside a sentence says name."""
    doc = labelled(nlp, "They met Digital staff today.", [("Digital", "ORG")])
    span = clean_span(doc.ents[0], lexicon())
    assert span is not None and span.text == "Digital"
