"""A name after a noun of people and "from", set off by a comma, is where they live."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_a_home_town_after_an_aged_trade_read_as_a_body(nlp: Language) -> None:
    """ "the 58-year-old photographer, from Quenbury.": the town, not a body the model saw."""
    text = "The otter was filmed by the 58-year-old photographer, from Quenbury. It swam off."
    labels = [("Quenbury", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Quenbury") == PLACE


def test_a_home_town_after_a_noun_of_kin_read_as_a_body(nlp: Language) -> None:
    """ "her grandmother, from Tollmere, who": the grandmother's home, no body."""
    text = "The ring was found by her grandmother, from Tollmere, who called the police."
    labels = [("Tollmere", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Tollmere") == PLACE
