"""Names of business, technology and local news that are no one's: firms, gates, nationalities."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON, PLACE, extract_entities
from tests.extract.conftest import labelled


def test_a_firm_listed_with_a_firm_that_said_is_no_person(nlp: Language) -> None:
    """ "Pellwick and Tarvossa said": Tarvossa, read as a place, beside a firm is no person."""
    # A list's speech verb says little.
    text = "Pellwick and Tarvossa said fuel costs had risen sharply over the winter."
    doc = labelled(nlp, text, [("Pellwick", "ORG"), ("Tarvossa", "GPE")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Tarvossa") != PERSON


def test_two_people_listed_before_said_stay_people(nlp: Language) -> None:
    """ "Mara Quill and Dov Ketterby said": full names the model reads as people stay people."""
    text = "Mara Quill and Dov Ketterby said the shop would open again in the spring."
    doc = labelled(nlp, text, [("Mara Quill", "PERSON"), ("Dov Ketterby", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Mara Quill") == PERSON
    assert kinds.get("Dov Ketterby") == PERSON


def test_a_name_ending_in_a_company_word_is_a_body(nlp: Language) -> None:
    """ "Orvell Telematics said": no surname is "Telematics", "Digital" or "Universal"."""
    for ending in ("Telematics", "Digital", "Universal"):
        name = f"Orvell {ending}"
        text = f"{name} said sales of its handheld had doubled in the first month."
        doc = labelled(nlp, text, [(name, "PERSON")])
        kinds = {e.name: e.kind for e in extract_entities(doc)}
        assert kinds.get(name) != PERSON, name


def test_a_gate_is_a_place(nlp: Language) -> None:
    """ "Cycled to Barrowdene Gate": a gate or the district named after one, not a person."""
    text = "On Sunday we cycled to Barrowdene Gate and met our cousins for a picnic."
    doc = labelled(nlp, text, [("Barrowdene Gate", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Barrowdene Gate") == PLACE


def test_a_hyphened_nationality_before_a_surname_is_trimmed(nlp: Language) -> None:
    """ "a Danish-Canadian Quillon" the model read as a body: the person Quillon, described."""
    text = (
        "The director Tomas Quillon denied the claims on Monday. A second-generation "
        "Danish-Canadian Quillon married in 2004."
    )
    doc = labelled(nlp, text, [("Tomas Quillon", "PERSON"), ("Danish-Canadian Quillon", "ORG")])
    entities = extract_entities(doc)
    names = {e.name for e in entities}
    assert "Danish-Canadian Quillon" not in names
    assert not any(e.kind == ORG and "Quillon" in e.name for e in entities)


def test_a_body_opening_with_a_nationality_keeps_its_name(nlp: Language) -> None:
    """ "the Irish-American Holdings Board" is a body's whole name: its words are a body's."""
    text = "The Irish-American Holdings Board said it would sell the site next year."
    doc = labelled(nlp, text, [("Irish-American Holdings Board", "ORG")])
    names = {e.name for e in extract_entities(doc)}
    assert "Irish-American Holdings Board" in names
