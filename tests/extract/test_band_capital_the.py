"""A plural name after a capital "The" is a band's, however the model labels it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def test_a_band_listed_beside_a_rapper_stays_a_band(nlp: Language) -> None:
    """ "beat The Velvet Pines and rapper Ko Dee": the list with a person makes no person."""
    text = "Dell beat favourites The Velvet Pines and rapper Ko Dee to the prize."
    doc = labelled(nlp, text, [("Velvet Pines", "ORG"), ("Ko Dee", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Velvet Pines") == "organization"
