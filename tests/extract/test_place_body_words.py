"""A name the words beside it make a body's is no place, though the model read one."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG
from tests.extract.conftest import labelled_kinds


def test_an_acronym_before_the_noun_of_a_broadcast_is_no_place(nlp: Language) -> None:
    """'the KVT town hall' read as a place: initials before a common noun name a broadcaster."""
    text = "Harriet Quillby spoke at the KVT town hall in Dornwick on Friday evening."
    labels = [("Harriet Quillby", "PERSON"), ("KVT", "GPE"), ("Dornwick", "GPE")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("KVT") == ORG


def test_a_city_ballet_is_a_body(nlp: Language) -> None:
    """A name ending in the word of a company that performs is that company, not a place."""
    text = "Two Dornwick City Ballet dancers were fired, and the Dornwick City Ballet said little."
    labels = [("Dornwick City Ballet", "GPE"), ("Dornwick City Ballet", "GPE")]
    assert labelled_kinds(nlp, text, labels).get("Dornwick City Ballet") == ORG


def test_a_corps_one_served_in_is_a_body(nlp: Language) -> None:
    """'in the Royal Lancers': a corps one serves in, though 'in' goes before it."""
    text = "Harriet Quillby was in the Royal Lancers for six years."
    labels = [("Harriet Quillby", "PERSON"), ("Royal Lancers", "FAC")]
    assert labelled_kinds(nlp, text, labels).get("Royal Lancers") == ORG
