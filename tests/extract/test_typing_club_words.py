"""Football clubs whose names close with a word of clubs that the model reads as people."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, extract_entities
from tests.extract.conftest import labelled


def _kinds(nlp: Language, text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    doc = labelled(nlp, text, labels)
    return {e.name: e.kind for e in extract_entities(doc)}


def test_a_club_closing_with_orient_is_a_body(nlp: Language) -> None:
    """ "held to a draw by Tarnley Orient": a club's closing word after a town, no one."""
    text = "The home side were held to a draw by Tarnley Orient on a wet Tuesday night."
    kinds = _kinds(nlp, text, [("Tarnley Orient", "PERSON")])
    assert kinds.get("Tarnley Orient") == ORG


def test_a_club_closing_with_wednesday_is_a_body(nlp: Language) -> None:
    """ "the match against Kelworth Wednesday": a club, not a person."""
    text = "The match against Kelworth Wednesday was called off because of snow."
    kinds = _kinds(nlp, text, [("Kelworth Wednesday", "PERSON")])
    assert kinds.get("Kelworth Wednesday") == ORG


def test_a_given_name_before_a_club_word_stays_a_person(nlp: Language) -> None:
    """ "Gavin Forest said": a given name first makes the club's word a surname."""
    text = "Gavin Forest said he would leave the band at the end of the tour."
    kinds = _kinds(nlp, text, [("Gavin Forest", "PERSON")])
    assert kinds.get("Gavin Forest") == PERSON
