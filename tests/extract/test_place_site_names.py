"""A site named after a place is the site, not the place: "the Kelby Stadium"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.mentions import ORG, PERSON, PLACE
from tests.extract.conftest import labelled_kinds


def test_a_country_before_a_stadium_is_the_stadiums_name(nlp: Language) -> None:
    """ "the Emirates Stadium" is a ground, not the United Arab Emirates."""
    text = "Ravens beat Tarnby 2-0 at the Emirates Stadium on Sunday, Jo Vell said."
    kinds = labelled_kinds(nlp, text, [("Emirates", "GPE"), ("Jo Vell", "PERSON")])
    assert kinds.get("Emirates Stadium") == PLACE
    assert "United Arab Emirates" not in kinds


def test_a_city_before_its_airport_is_the_airports_name(nlp: Language) -> None:
    """ "Leeds Memorial Airport", the model reading the city only, is the airport."""
    text = "Flights left Leeds Memorial Airport late on Friday, Jo Vell said."
    kinds = labelled_kinds(nlp, text, [("Leeds", "GPE"), ("Jo Vell", "PERSON")])
    assert kinds.get("Leeds Memorial Airport") == PLACE
    assert "Leeds" not in kinds


def test_capitals_going_on_after_the_noun_name_a_body(nlp: Language) -> None:
    """ "the Leeds Airport Authority" is a body's name: the city stays the city."""
    text = "The Leeds Airport Authority Board met on Friday, Jo Vell said."
    kinds = labelled_kinds(nlp, text, [("Leeds", "GPE"), ("Jo Vell", "PERSON")])
    assert "Leeds Airport" not in kinds


def test_a_racecourse_read_as_a_person_is_a_site(nlp: Language) -> None:
    """No one's name ends in "Racecourse": "Tarnby Racecourse" is a place."""
    text = "Officials at Tarnby Racecourse called off the meeting, Jo Vell said."
    kinds = labelled_kinds(nlp, text, [("Tarnby Racecourse", "PERSON"), ("Jo Vell", "PERSON")])
    assert kinds.get("Tarnby Racecourse") == PLACE
    assert kinds.get("Jo Vell") == PERSON


def test_a_site_noun_after_a_first_name_is_a_surname(nlp: Language) -> None:
    """ "Retiree Bob Castle said ...": a first name before "Castle" makes it a surname."""
    text = "Retiree Bob Castle said he had lost his savings, Jo Vell said."
    kinds = labelled_kinds(nlp, text, [("Retiree Bob Castle", "PERSON"), ("Jo Vell", "PERSON")])
    assert kinds.get("Bob Castle") == PERSON
    assert "Retiree Bob Castle" not in kinds


def test_a_country_before_a_company_word_is_the_firms_name(nlp: Language) -> None:
    """ "Emirates Airline said" names the airline, not the United Arab Emirates."""
    text = "Emirates Airline said it would add flights on Sunday, Jo Vell said."
    kinds = labelled_kinds(nlp, text, [("Emirates", "GPE"), ("Jo Vell", "PERSON")])
    assert kinds.get("Emirates Airline") == ORG
    assert "United Arab Emirates" not in kinds


def test_a_name_going_on_over_of_is_not_cut_at_the_company_word(nlp: Language) -> None:
    """ "the Tarland Academy of Arts" is not cut to "Tarland Academy" at its company word."""
    text = "The Tarland Academy of Arts said in a statement that it would appeal, Jo Vell said."
    kinds = labelled_kinds(nlp, text, [("Tarland", "GPE"), ("Jo Vell", "PERSON")])
    assert "Tarland Academy" not in kinds


def test_a_country_before_a_public_bodys_word_stays_the_country(nlp: Language) -> None:
    """ "U.S. Television showed the talks": a sector's word after a country names no firm."""
    text = "U.S. Television showed the talks live on Monday, Jo Vell said."
    kinds = labelled_kinds(nlp, text, [("U.S.", "GPE"), ("Jo Vell", "PERSON")])
    assert "U.S. Television" not in kinds
