"""An age written before a one-word name makes it a person's given name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PERSON
from tests.extract.conftest import entity_kinds


def test_an_age_before_a_lone_given_name_makes_a_person(nlp: Language) -> None:
    """ "17-year-old Meenal", "the 15-year-old Aisha": people known by one name."""
    kinds = entity_kinds(
        nlp, "Police said he had shot 17-year-old Meenal in her room at the hostel."
    )
    assert kinds.get("Meenal") == PERSON
    kinds = entity_kinds(nlp, "The 15-year-old Aisha was last seen at a bus stop on Friday.")
    assert kinds.get("Aisha") == PERSON


def test_an_age_before_a_make_of_car_dates_the_car(nlp: Language) -> None:
    """ "her 40-year-old Volvo": the age of a thing the model reads as a body's name."""
    assert entity_kinds(nlp, "Her 40-year-old Volvo still starts first time.").get("Volvo") == ORG
