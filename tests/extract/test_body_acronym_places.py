"""A body's name that goes on over "in" and a place, as the acronym after it spells it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG
from tests.extract.conftest import labelled_kinds


def test_the_acronym_takes_the_place_into_the_name(nlp: Language) -> None:
    """ "the Kelby Relief Force in Tarland (KRFT)" is one body's name."""
    text = "Aid came from the Kelby Relief Force in Tarland (KRFT) on Sunday, Jo Vell said."
    labels = [("Kelby Relief Force", "ORG"), ("Tarland", "GPE"), ("Jo Vell", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Kelby Relief Force in Tarland") == ORG
    assert "Kelby Relief Force" not in kinds


def test_an_acronym_of_the_body_alone_leaves_the_place(nlp: Language) -> None:
    """ "the Kelby Relief Force in Tarland (KRF)": the acronym spells the body only."""
    text = "Aid came from the Kelby Relief Force in Tarland (KRF) on Sunday, Jo Vell said."
    labels = [("Kelby Relief Force", "ORG"), ("Tarland", "GPE"), ("Jo Vell", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert "Kelby Relief Force in Tarland" not in kinds
    assert kinds.get("Kelby Relief Force") == ORG
