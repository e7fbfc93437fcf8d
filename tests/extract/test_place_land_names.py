"""A name is a place's when it ends in a word for a land ("Arnhem Land") or follows "near"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def test_a_name_ending_in_land_is_a_place(nlp: Language) -> None:
    """ "fans from across Tarvik Land" read as a body: the land's own name is a place's."""
    text = "The match drew fans from across Tarvik Land, Tom Vell said."
    doc = labelled(nlp, text, [("Tarvik Land", "ORG"), ("Tom Vell", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tarvik Land") == PLACE


def test_names_listed_after_near_are_places(nlp: Language) -> None:
    """ "near Kelby Tal and Varnek", read as a person and a body: only places are near."""
    text = "Rockets landed near Kelby Tal and Varnek on Saturday, Tom Vell said."
    labels = [("Kelby Tal", "PERSON"), ("Varnek", "ORG"), ("Tom Vell", "PERSON")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert kinds.get("Kelby Tal") == PLACE and kinds.get("Varnek") == PLACE


def test_a_national_forest_is_a_place(nlp: Language) -> None:
    """ "a lake in Quenmore State Forest" read as a body: a reserve the state keeps is land."""
    text = "A wildfire trapped campers at a lake in Quenmore State Forest, Tom Vell said."
    labels = [("Quenmore State Forest", "ORG"), ("Tom Vell", "PERSON")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert kinds.get("Quenmore State Forest") == PLACE


def test_a_club_ending_in_forest_stays_a_body(nlp: Language) -> None:
    """ "Kelby Forest won 2-0": "Forest" alone, with no "National" before it, ends a club's name."""
    text = "Kelby Forest won 2-0 at home on Saturday, Tom Vell said."
    labels = [("Kelby Forest", "ORG"), ("Tom Vell", "PERSON")]
    kinds = {e.name: e.kind for e in extract_entities(labelled(nlp, text, labels))}
    assert kinds.get("Kelby Forest") == "organization"
