"""A band after a plural noun for performers: safe when its name is of English words only."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled, person_labelled_kinds


def test_a_worded_name_after_rockers_is_a_band(nlp: Language) -> None:
    """ "Welsh rockers Tin Orchard played": a name of English words after a plural is a band."""
    text = "Welsh rockers Tin Orchard played in Kelby on Friday to a crowd of 5,000."
    assert person_labelled_kinds(nlp, text, ["Tin Orchard"]).get("Tin Orchard") == ORG


def test_a_persons_name_after_rockers_stays_a_person(nlp: Language) -> None:
    """ "veteran rockers Grace Mills and Tom Pellow": a given name and a list are people."""
    text = "Veteran rockers Grace Mills and Tom Pellow played in Kelby on Friday."
    kinds = person_labelled_kinds(nlp, text, ["Grace Mills", "Tom Pellow"])
    assert kinds.get("Grace Mills") == PERSON


def test_a_genre_opening_the_sentence_is_no_name(nlp: Language) -> None:
    """ "Indie favourites Tin Orchard": the sentence's first word is the kind of act."""
    text = "Indie favourites Tin Orchard will support them on all five dates."
    doc = labelled(nlp, text, [("Indie", "ORG"), ("Tin Orchard", "ORG")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert "Indie" not in kinds
    assert kinds.get("Tin Orchard") == ORG
