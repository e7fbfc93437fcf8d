"""A given name and surname in apposition to a noun for a person is a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, extract_entities


def test_untagged_name_after_a_persons_noun_is_a_person(nlp: Language) -> None:
    """'Its star, Polly Grange, is nominated': the name the model leaves untagged is a person."""
    doc = nlp("Its star, Polly Grange, is nominated for two awards this year.")
    people = [e.name for e in extract_entities(doc) if e.kind == PERSON]
    assert people == ["Polly Grange"]
