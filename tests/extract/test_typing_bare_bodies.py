"""A body's last word standing alone is that body's short form, or nothing when it ends several."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, extract_entities
from tests.extract.conftest import labelled


def test_a_bare_bodys_word_joins_the_one_body_it_ends(nlp: Language) -> None:
    """ "the Orrin Heritage Trust ... the Trust": one body, written short the second time."""
    text = (
        "The Orrin Heritage Trust will shut two manor houses this winter. "
        "The Trust blamed the rising cost of heating old halls."
    )
    labels = [("Orrin Heritage Trust", "ORG"), ("Trust", "ORG")]
    entities = extract_entities(labelled(nlp, text, labels))
    bodies = {e.name: e.aliases for e in entities if e.kind == ORG}
    assert "Trust" not in bodies
    assert "Orrin Heritage Trust" in bodies


def test_a_bare_bodys_word_that_ends_two_bodies_is_dropped(nlp: Language) -> None:
    """ "Vale Hospital and Tarn Hospital ... the Hospital": no reader can tell which one."""
    text = (
        "Patients waited hours at Vale Hospital and at Tarn Hospital last week. "
        "The Hospital said it was sorry for the delays."
    )
    labels = [("Vale Hospital", "ORG"), ("Tarn Hospital", "ORG"), ("Hospital", "ORG")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert "Hospital" not in kinds
    assert kinds.get("Vale Hospital") == ORG


def test_a_bare_bodys_word_with_no_full_name_stands(nlp: Language) -> None:
    """ "the Council said": no longer name in the text ends in it, so it stays a body."""
    text = "The Council said the scheme would close in October, a year early."
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, [("Council", "ORG")]))}
    assert kinds.get("Council") == ORG
