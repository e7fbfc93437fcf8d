"""A body's branch named after a country or nation is one organization, not a body and a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled

BRANCH = "Presenter Rob Tanner is leaving his morning show on Tarnvision Scotland after ten years."


def test_a_body_and_the_nation_after_it_are_one_branch(nlp: Language) -> None:
    """The model's body and its nation read as a place are one body: the branch."""
    labels = [("Rob Tanner", "PERSON"), ("Tarnvision", "ORG"), ("Scotland", "GPE")]
    doc = labelled(nlp, BRANCH, labels)
    kinds = {entity.name: entity.kind for entity in extract_entities(doc)}
    assert kinds.get("Tarnvision Scotland") == "organization"
    assert "Scotland" not in kinds


def test_an_untagged_nation_after_a_body_ends_its_name(nlp: Language) -> None:
    """A nation the model left outside any entity still names the branch ("Tarnvision Wales")."""
    text = "A spokeswoman for Tarnvision Wales said the show would continue."
    doc = labelled(nlp, text, [("Tarnvision", "ORG")])
    kinds = {entity.name: entity.kind for entity in extract_entities(doc)}
    assert kinds.get("Tarnvision Wales") == "organization"
