"""A body's name with a plural's apostrophe inside is one name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def test_two_spans_cut_at_a_plural_apostrophe_are_one_body(nlp: Language) -> None:
    """ "the Veterans’ Affairs Committee" read as "Veterans" and "Affairs Committee"."""
    text = "Jo Ames chairs the Veterans\u2019 Affairs Committee in the Senate."
    doc = labelled(nlp, text, [("Veterans", "ORG"), ("Affairs Committee", "ORG")])
    names = {e.name for e in extract_entities(doc)}
    assert "Veterans\u2019 Affairs Committee" in names
    assert "Affairs Committee" not in names


def test_a_possessive_with_a_space_after_two_bodies_stays_two(nlp: Language) -> None:
    """ "the Kelby Rovers’ and Tarn United's grounds": with "and" after the mark, two names."""
    text = "Fans of the Kelby Rovers\u2019 and Tarn United's grounds met."
    doc = labelled(nlp, text, [("Kelby Rovers", "ORG"), ("Tarn United", "ORG")])
    names = {e.name for e in extract_entities(doc)}
    assert "Tarn United" in names
