"""Nouns of a nation's people ("said the Scot") and "-exit" events ("Brexit") are no names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from generator.extract.lexicon import lexicon
from generator.extract.mentions import classify
from tests.extract.conftest import entity_kinds


def test_a_nation_noun_after_the_is_no_name(nlp: Language) -> None:
    """ "said the Scot", "the Frenchman said": a description of someone, no person or body."""
    kinds = entity_kinds(
        nlp,
        'Orla Brennick won in straight sets. "I felt strong," said the Scot. '
        'Her rival Luc Tamberlin lost. "She was better," the Frenchman said.',
    )
    assert "Scot" not in kinds
    assert "Frenchman" not in kinds


def test_a_nation_noun_as_a_surname_stays(nlp: Language) -> None:
    """ "Ada Pole" is a person: the noun describes someone only after an article."""
    kinds = entity_kinds(nlp, "Ada Pole, 41, said the ferry had been late again on Friday.")
    assert "Ada Pole" in kinds


def test_an_exit_blend_is_no_body(nlp: Language) -> None:
    """ "Brexit" read as a body by the model is a country's leaving, an event."""
    doc = nlp("Brexit raised the cost of every shipment, the growers said.")
    assert classify(Span(doc, 0, 1, label="ORG"), lexicon()) == []
