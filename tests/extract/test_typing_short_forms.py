"""A one-word short form of a body named in full earlier takes the body's kind."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PLACE, extract_entities
from tests.extract.conftest import labelled


def test_an_unknown_place_opening_a_body_name_is_the_body(nlp: Language) -> None:
    """ "Quorly" after "Quorly Valdane", read as a place the gazetteer does not know, is no
    place: it names the body (or nothing, when the text gives it no name's evidence)."""
    text = "Quorly Valdane published a report on Monday. Later Quorly cut its forecast."
    doc = labelled(nlp, text, [("Quorly Valdane", "ORG"), ("Quorly", "GPE")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Quorly Valdane") == ORG
    assert kinds.get("Quorly") != PLACE


def test_a_short_form_that_also_opens_a_place_stays_a_place(nlp: Language) -> None:
    """ "Quorly" beside "Quorly County" and "Quorly Police" may be the county: left alone."""
    text = (
        "Quorly Police said on Monday that two men from Quorly County were held. Officers in"
        " Quorly searched a house."
    )
    doc = labelled(
        nlp,
        text,
        [("Quorly Police", "ORG"), ("Quorly County", "GPE"), ("Quorly", "GPE")],
    )
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Quorly") == PLACE
