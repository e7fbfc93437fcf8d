"""A military unit's name the model leaves untagged or reads as a place is a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG
from tests.extract.conftest import entity_kinds


def test_untagged_rifles_unit_is_a_body(nlp: Language) -> None:
    """'served with the Dornshire Rifles' is a body; 'the Kelby Rifles Museum' is not cut."""
    kinds = entity_kinds(
        nlp,
        "He served with the Dornshire Rifles in the desert for six years. His old drums "
        "went on show at the Kelby Rifles Museum last week.",
    )
    assert kinds.get("Dornshire Rifles") == ORG
    assert "Kelby Rifles" not in kinds


def test_unit_named_by_two_places_is_one_body(nlp: Language) -> None:
    """'the Kelby and Bute Rifles', 'the Kelby and Bute Highlanders' are bodies, no person."""
    kinds = entity_kinds(nlp, "Soldiers of the Kelby and Bute Rifles marched through the town.")
    assert kinds.get("Kelby and Bute Rifles") == ORG
    kinds = entity_kinds(nlp, "Soldiers of the Kelby and Bute Highlanders marched on Sunday.")
    assert kinds.get("Kelby and Bute Highlanders") == ORG


def test_units_read_as_a_people_or_untagged_are_bodies(nlp: Language) -> None:
    """'the Vennish Fusiliers' and 'the Orrin Hussars' are regiments."""
    kinds = entity_kinds(
        nlp, "He joined the Vennish Fusiliers in 1990 and later the Orrin Hussars."
    )
    assert kinds.get("Vennish Fusiliers") == ORG and kinds.get("Orrin Hussars") == ORG
