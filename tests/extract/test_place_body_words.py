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
