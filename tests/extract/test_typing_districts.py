"""Entity typing of constituencies: a town and a compass word after "visit" is a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import labelled


def test_a_visited_town_and_compass_word_is_no_person(nlp: Language) -> None:
    """ "will visit Leeds West": a constituency, whatever label the model gives it."""
    text = "Campaigners expect the party leader to visit Leeds West before polling day."
    doc = labelled(nlp, text, [("Leeds West", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Leeds West") != "person"


def test_a_visited_person_with_a_compass_surname_stays_a_person(nlp: Language) -> None:
    """ "will visit Tom West": no town the tables know comes before the compass word."""
    text = "The minister plans to visit Tom West, who is 90, at his home next month."
    doc = labelled(nlp, text, [("Tom West", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tom West") == "person"
