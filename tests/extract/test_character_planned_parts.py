"""A part someone "is to play" is a part, as one someone plays is."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_part_an_actor_is_to_play_is_no_person(nlp: Language) -> None:
    """ "Tom Greaves is to play Jack Stone in a new film": the subject of "is" plays."""
    kinds = entity_kinds(nlp, "Actor Tom Greaves is to play Jack Stone in a new film, it said.")
    assert kinds.get("Tom Greaves") == "person"
    assert kinds.get("Jack Stone") != "person"
