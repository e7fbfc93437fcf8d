"""Firms named for two people ("Ames and Pell Group"), which the model cut at "and"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def _bodies(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    return {
        e.name: sorted({m.text for m in e.mentions} - {e.name})
        for e in extract_entities(labelled(nlp, text, labels))
        if e.kind == "organization"
    }


def test_a_surname_before_and_opens_a_firm_name(nlp: Language) -> None:
    """'Harwick' read as a person before 'and Dunmore Group': one firm's name."""
    text = "Toy maker Harwick and Dunmore Group cut its forecast on Tuesday."
    labels = [("Harwick", "PERSON"), ("Dunmore Group", "ORG")]
    assert list(_bodies(nlp, text, labels)) == ["Harwick and Dunmore Group"]


def test_the_firm_without_its_ending_is_the_same_firm(nlp: Language) -> None:
    """A later 'Harwick and Dunmore', split by the model, is the same firm's short form."""
    text = (
        "Toy maker Harwick and Dunmore Group cut its forecast on Tuesday. "
        "Shares in Harwick and Dunmore fell sharply."
    )
    labels = [
        ("Harwick", "PERSON"),
        ("Dunmore Group", "ORG"),
        ("Harwick", "GPE"),
        ("Dunmore", "ORG"),
    ]
    found = _bodies(nlp, text, labels)
    assert found == {"Harwick and Dunmore Group": ["Harwick and Dunmore"]}


def test_a_surname_of_a_person_named_in_full_stays_apart(nlp: Language) -> None:
    """'Jo Harwick' in the story: 'Harwick and Dunmore Group' may be a person and a firm."""
    text = "Jo Harwick spoke. Workers at Harwick and Dunmore Group met in the hall."
    labels = [("Jo Harwick", "PERSON"), ("Harwick", "PERSON"), ("Dunmore Group", "ORG")]
    assert "Harwick and Dunmore Group" not in _bodies(nlp, text, labels)
