"""An owner's possessive the model read into a body's name is no part of the name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import ORG
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == ORG}


def test_a_persons_possessive_before_a_body_is_cut_off(nlp: Language) -> None:
    """ "Marlow's Order of Foresters": Marlow is a person the story names."""
    text = (
        "Preacher Odell Marlow spoke on Sunday. A donor pledged funds to Marlow's Order "
        "of Foresters movement last year."
    )
    labels = [("Odell Marlow", "PERSON"), ("Marlow's Order of Foresters", "ORG")]
    bodies = _bodies(nlp, text, labels)
    assert "Order of Foresters" in bodies
    assert "Marlow's Order of Foresters" not in bodies
