"""A verb whose past is its base ("quit", "cut") says nothing of a plural subject."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_person_who_quit_in_the_past_stays_a_person(nlp: Language) -> None:
    """ "lost a star this month when Dale Pitt quit": "quit" is a past, not a plural."""
    kinds = entity_kinds(nlp, "Its rival soap also lost a star this month when Dale Pitt quit.")
    assert kinds.get("Dale Pitt") == "person"


def test_a_band_that_plays_tonight_is_still_a_body(nlp: Language) -> None:
    """ "Velvet Harrow play tonight": a plural present still votes for a band."""
    kinds = entity_kinds(nlp, "Velvet Harrow play tonight in the town, and the hall is full.")
    assert kinds.get("Velvet Harrow") != "person"
