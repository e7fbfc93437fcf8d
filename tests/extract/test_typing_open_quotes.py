"""A name span that opens a quote and never closes it ends before the quote mark."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from tests.extract.conftest import labelled


def test_an_unclosed_quote_is_cut_off_the_body(nlp: Language) -> None:
    """ "the Pellham Board of ‘mercy" read as one body is the Pellham Board."""
    text = "The union accused the Pellham Board of ‘mercy theatre’ over the plan."
    doc = labelled(nlp, text, [("Pellham Board of ‘mercy", "ORG")])
    names = [e.name for e in extract_entities(doc) if e.kind == ORG]
    assert names == ["Pellham Board"]


def test_a_closed_quote_and_an_apostrophe_stay_in_the_name(nlp: Language) -> None:
    """ "Pellham Growers’ Union" keeps its apostrophe: no space opens it."""
    text = "The Pellham Growers’ Union met on Friday."
    doc = labelled(nlp, text, [("Pellham Growers’ Union", "ORG")])
    names = [e.name for e in extract_entities(doc) if e.kind == ORG]
    assert names == ["Pellham Growers’ Union"]
