"""Named operations ("Operation Sea Lion") are events, never people or organizations."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds, labelled


def test_a_name_after_operation_is_no_person(nlp: Language) -> None:
    """ "Sea Lion" that the model reads apart from "Operation" before it is no person."""
    from generator.extract.entities import extract_entities

    text = "Operation Sea Lion is the largest push this year, said Colonel Tom Vell."
    doc = labelled(nlp, text, [("Sea Lion", "PERSON"), ("Tom Vell", "PERSON")])
    kinds = {entity.name: entity.kind for entity in extract_entities(doc)}
    assert "Sea Lion" not in kinds
    assert kinds.get("Tom Vell") == "person"


def test_the_word_operation_alone_is_no_organization(nlp: Language) -> None:
    """ "Operation" that the model reads as an organization of its own names nothing."""
    from generator.extract.entities import extract_entities

    text = "Operation Sea Lion is the largest push this year, said Colonel Tom Vell."
    doc = labelled(nlp, text, [("Operation", "ORG"), ("Sea Lion", "PERSON")])
    assert "Operation" not in {entity.name for entity in extract_entities(doc)}


def test_a_whole_operation_is_no_organization(nlp: Language) -> None:
    """ "Operation Sea Lion" read whole is still no organization or person."""
    kinds = entity_kinds(nlp, "Soldiers began Operation Sea Lion on Monday, the army said.")
    assert "Operation Sea Lion" not in kinds
