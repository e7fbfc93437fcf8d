"""A city the model left out of its entities is a place when the text puts it as one."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == PLACE}


def test_a_large_city_after_a_preposition_of_place_is_a_place(nlp: Language) -> None:
    """ "rallied in Novi Sad": a city of the gazetteer after "in" is a place."""
    text = "Thousands of teachers rallied in Novi Sad over unpaid wages, Tom Vell said."
    assert "Novi Sad" in _places(nlp, text, [("Tom Vell", "PERSON")])


def test_a_small_city_before_its_own_country_is_a_place(nlp: Language) -> None:
    """ "Sopot, Poland": a town too small to be a place after a preposition alone."""
    text = "The summit opens next week at a hotel outside Sopot, Poland, Tom Vell said."
    assert "Sopot" in _places(nlp, text, [("Poland", "GPE"), ("Tom Vell", "PERSON")])


def test_a_city_listed_after_a_place_is_a_place(nlp: Language) -> None:
    """ "Eger and Pecs": a city joined by "and" to a place just named is one too."""
    text = "Hail damaged vineyards around Eger and Pecs on Sunday, Tom Vell said."
    places = _places(nlp, text, [("Eger", "GPE"), ("Tom Vell", "PERSON")])
    assert "Pécs" in places


def test_a_small_city_after_a_preposition_alone_is_no_place(nlp: Language) -> None:
    """ "to Sopot" with nothing else: a small town's name is as often a surname."""
    text = "The prize went to Sopot for his third novel, Tom Vell said."
    assert "Sopot" not in _places(nlp, text, [("Tom Vell", "PERSON")])


def test_a_city_opening_a_longer_name_is_no_place(nlp: Language) -> None:
    """ "in Rancagua Stadium": the city's name opens the name of a site."""
    text = "Fans queued for hours in Rancagua Stadium on Saturday, Tom Vell said."
    assert "Rancagua" not in _places(nlp, text, [("Tom Vell", "PERSON")])


def test_a_city_name_of_a_person_named_in_the_story_is_no_place(nlp: Language) -> None:
    """ "passed the file to Preston": the surname of a person the story names."""
    text = "Ann Preston joined the firm in May. The board passed the file to Preston last week."
    places = _places(nlp, text, [("Ann Preston", "PERSON")])
    assert "Preston" not in places


def test_a_city_listed_after_a_body_is_no_place(nlp: Language) -> None:
    """ "goals between Eger and Pecs": the model read the first as a club, not a place."""
    text = "There were four goals between Eger and Pecs on Saturday, Tom Vell said."
    places = _places(nlp, text, [("Eger", "ORG"), ("Tom Vell", "PERSON")])
    assert "Pécs" not in places


def test_a_city_name_before_an_age_is_no_place(nlp: Language) -> None:
    """ "from Sopot and Kalisz, 52,": an age set off by commas follows a person's name."""
    text = "Witnesses from Sopot and Kalisz, 52, told the court what they saw, Tom Vell said."
    places = _places(nlp, text, [("Sopot", "GPE"), ("Tom Vell", "PERSON")])
    assert "Kalisz" not in places
