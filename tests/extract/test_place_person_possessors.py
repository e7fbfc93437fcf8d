"""A name no table knows, possessive before a person's name, is a body's, not a place's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG
from tests.extract.conftest import labelled_kinds


def test_an_unknown_name_owning_a_person_is_a_body(nlp: Language) -> None:
    """'Velmara's Jo Bell' writes for Velmara: a paper, no town."""
    text = "The coach spoke on the podcast with Velmara's Jo Bell about the new season."
    labels = [("Velmara", "GPE"), ("Jo Bell", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Velmara") == ORG
