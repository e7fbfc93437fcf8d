"""A surname the model read alone gets back the given name written just before it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import labelled_kinds


def test_a_given_name_left_out_before_a_surname_is_joined(nlp: Language) -> None:
    """ "from Tory Ned Tarley" read as "Tory" and "Tarley": the person is Ned Tarley."""
    text = "Ada Pennick, who took the Dornwick seat from Tory Ned Tarley in 1997, spoke."
    labels = [("Ada Pennick", "PERSON"), ("Dornwick", "GPE"), ("Tory", "ORG")]
    labels += [("Tarley", "PERSON")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Ned Tarley") == PERSON
    assert "Tarley" not in kinds
