"""A name before a lower-case noun of a berth ("pier", "harbour", "quay") is a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_a_name_before_pier_is_a_place(nlp: Language) -> None:
    """ "Brannock pier" read as a body: a pier's name is a place."""
    text = "The ferry could not berth at Brannock pier because of the high winds."
    kinds = labelled_kinds(nlp, text, [("Brannock", "ORG")])
    assert kinds.get("Brannock") == PLACE


def test_a_name_before_harbour_is_a_place(nlp: Language) -> None:
    """ "Quenby harbour" read as a body: a harbour's name is a place."""
    text = "Boats stayed tied up in Quenby harbour for a third day on Tuesday."
    kinds = labelled_kinds(nlp, text, [("Quenby", "ORG")])
    assert kinds.get("Quenby") == PLACE


def test_a_name_before_quay_is_a_place(nlp: Language) -> None:
    """ "the Ardlow quay" read as a body: a quay's name is a place."""
    text = "Repairs to the Ardlow quay will take a month, the council said."
    kinds = labelled_kinds(nlp, text, [("Ardlow", "ORG")])
    assert kinds.get("Ardlow") == PLACE
