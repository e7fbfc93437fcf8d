"""Titles and appositions: a star set off by commas, a titled pet, a titled school, an office
whose name opens on a title's word."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract
from generator.extract.mentions import PERSON
from generator.seeds import Seed
from tests.extract.conftest import entity_kinds, labelled_kinds


def test_a_full_name_set_off_after_star_is_a_person(nlp: Language) -> None:
    """ "its star, Orla Penhallow," read as a body: the star of a show is a person."""
    text = "The musical sold out every night, and its star, Orla Penhallow, thanked the crew."
    kinds = labelled_kinds(nlp, text, [("Orla Penhallow", "ORG")])
    assert kinds.get("Orla Penhallow") == PERSON


def test_a_titled_name_after_an_animal_noun_is_no_person(nlp: Language) -> None:
    """ "our tortoise Mr Pebblesworth": a pet given a title, not a person."""
    text = "Our tortoise Mr Pebblesworth turned ninety this week. Mr Pebblesworth loves lettuce."
    assert entity_kinds(nlp, text).get("Pebblesworth") != PERSON


def test_a_school_named_after_a_titled_person_is_no_person(nlp: Language) -> None:
    """ "Sir Ansel Brook Primary School": the title opens a school's name, not a person's."""
    text = "Sir Ansel Brook Primary School was rated outstanding by inspectors this week."
    kinds = entity_kinds(nlp, text)
    assert kinds.get("Ansel Brook Primary School") != PERSON


def test_an_office_whose_name_opens_on_a_title_is_no_person() -> None:
    """ "the Marine and Executive Chart Directorate": "Executive" titles no one here."""
    paragraphs = (
        "Harbour charts are drawn by the Marine and Executive Chart Directorate, the coastguard "
        "said on Friday.",
        "Ships had run aground twice this winter.",
        "The Marine and Executive Chart Directorate now maps the seabed twice a year, said Ada "
        "Brell, its head.",
    )
    found = extract([Seed("office.txt", "0" * 64, "Charts redrawn", paragraphs)])[0]
    assert [person["name"] for person in found["people"]] == ["Ada Brell"]
