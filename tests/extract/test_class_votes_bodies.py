"""A list set beside its plural noun, or introduced by "platforms like", names bodies."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled_kinds


def test_a_streaming_platform_is_no_place(nlp: Language) -> None:
    """'platforms like Quorvix' read as a place: a platform is a firm."""
    text = "Viewers have drifted to streaming platforms like Quorvix, the report said."
    kinds = labelled_kinds(nlp, text, [("Quorvix", "GPE")])
    assert kinds.get("Quorvix") != PLACE


def test_a_list_after_a_dash_takes_its_nouns_kind(nlp: Language) -> None:
    """'largest lines – Tarnvale, Royal Osprey and Wendmark –': ferry lines, no places."""
    text = (
        "Three bosses from the ferry trade's largest lines – Tarnvale, Royal Osprey and "
        "Wendmark – joined the panel."
    )
    labels = [("Tarnvale", "GPE"), ("Royal Osprey", "GPE"), ("Wendmark", "ORG")]
    kinds = labelled_kinds(nlp, text, labels)
    assert kinds.get("Tarnvale") != PLACE and kinds.get("Royal Osprey") != PLACE
