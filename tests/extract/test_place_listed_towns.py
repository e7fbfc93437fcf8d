"""A town listed after a place and a preposition of place is a place, however it is parsed."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_listed_towns_after_in_are_places(nlp: Language) -> None:
    """ "in Porto, Braga and Coimbra": a list after "in" that opens with a place is places."""
    # The parse makes the last two the subject of "said" and the model reads them as bodies.
    text = "Stallholders in Porto, Braga and Coimbra said trade had slowed since March."
    labels = [("Porto", "GPE"), ("Braga", "ORG"), ("Coimbra", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Braga") == PLACE
    assert kinds.get("Coimbra") == PLACE


def test_a_plural_noun_opening_the_sentence_is_no_place(nlp: Language) -> None:
    """ "Vendors in Harare and Bulawayo said": a plural noun opening a sentence names no place."""
    # The parse may list "Vendors" with the towns, and the model read it as a person.
    text = "Vendors in Harare and Bulawayo said they still ask for dollars at the market."
    labels = [("Vendors", "PERSON"), ("Harare", "GPE"), ("Bulawayo", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Bulawayo") == PLACE
    assert "Vendors" not in kinds
