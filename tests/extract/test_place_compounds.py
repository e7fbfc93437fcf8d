"""A place written only inside a hyphened modifier ("Leeds-based") is no place of the story."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str) -> set[str]:
    return {e.name for e in extract_entities(nlp(text)) if e.kind == PLACE}


def test_a_place_only_in_a_modifier_is_no_place(nlp: Language) -> None:
    """ "the Moscow-backed leader": Moscow describes the leader, the story is not there."""
    text = "The Moscow-backed leader met the poet Kai Lund in Vellton on Friday."
    assert "Moscow" not in _places(nlp, text)


def test_a_place_also_written_alone_stays_a_place(nlp: Language) -> None:
    """ "the Leeds-based firm ... offices in Leeds": once alone, Leeds is a place."""
    text = "The Leeds-based firm said its offices in Leeds would close on Friday."
    assert "Leeds" in _places(nlp, text)


def test_a_dateline_in_capitals_is_a_writing_alone(nlp: Language) -> None:
    """ "LYON 2031-03-03 The Lyon-based maker": the dateline writes Lyon alone."""
    text = "LYON 2031-03-03 The Lyon-based maker Varn Tools said its sales rose 4 percent."
    doc = labelled(nlp, text, [("LYON", "GPE"), ("Lyon", "GPE"), ("Varn Tools", "ORG")])
    assert "Lyon" in {e.name for e in extract_entities(doc) if e.kind == PLACE}


def test_a_modifier_may_run_over_a_word_before_its_participle(nlp: Language) -> None:
    """ "a black Kent-curly-coated retriever": Kent names a breed's part, no place."""
    text = "Her dog Ruby, a black Kent-curly-coated retriever, lives with her in Leeds."
    doc = labelled(nlp, text, [("Kent", "GPE"), ("Leeds", "GPE")])
    places = {e.name for e in extract_entities(doc) if e.kind == PLACE}
    assert "Kent" not in places and "Leeds" in places
