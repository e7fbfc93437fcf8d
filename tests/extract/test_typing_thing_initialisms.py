"""Initialisms of common nouns, and a recording's medium, are no bodies; a broadcaster stays."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG
from tests.extract.conftest import labelled_kinds


def test_a_tax_initialism_is_no_body(nlp: Language) -> None:
    """ "the VAT cut" names a tax, not an organization, whatever the model read."""
    text = "Ministers in Dunmarrow said the VAT cut for cafes would end in the spring."
    kinds = labelled_kinds(nlp, text, [("VAT", "ORG")])
    assert "VAT" not in kinds


def test_a_hospital_ward_initialism_is_no_body(nlp: Language) -> None:
    """ "queues in A&E" names a ward of any hospital, not a body."""
    text = "Nurse Tilda Orrin warned that queues in A&E had grown longer every winter."
    kinds = labelled_kinds(nlp, text, [("Tilda Orrin", "PERSON"), ("A&E", "ORG")])
    assert "A&E" not in kinds


def test_caught_on_a_camera_initialism_is_no_body(nlp: Language) -> None:
    """ "caught on CCTV" names the camera that filmed someone, not a broadcaster."""
    text = "The burglar was caught on CCTV climbing over a wall behind the bakery."
    kinds = labelled_kinds(nlp, text, [("CCTV", "ORG")])
    assert "CCTV" not in kinds


def test_a_broadcaster_of_those_letters_stays_a_body(nlp: Language) -> None:
    """ "CCTV reported": the same letters as the subject of a report are a broadcaster."""
    text = "CCTV reported that the new bridge over the river had opened on Monday."
    kinds = labelled_kinds(nlp, text, [("CCTV", "ORG")])
    assert kinds.get("CCTV") == ORG


def test_a_thing_initialism_with_a_body_evidence_stays(nlp: Language) -> None:
    """ "the broadcaster EMT said": a body's evidence keeps even a listed initialism."""
    text = "The regional broadcaster EMT said its shares had risen by a third."
    kinds = labelled_kinds(nlp, text, [("EMT", "ORG")])
    assert kinds.get("EMT") == ORG
