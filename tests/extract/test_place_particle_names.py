"""A place name with a small word in lower case inside it ("do Sul") is one place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.gazetteer import gazetteer
from generator.extract.mentions import PLACE
from tests.extract.conftest import labelled


def _places(nlp: Language, text: str, labels: list[tuple[str, str]]) -> set[str]:
    return {e.name for e in extract_entities(labelled(nlp, text, labels)) if e.kind == PLACE}


def test_a_state_cut_before_its_small_word_is_one_place(nlp: Language) -> None:
    """ "Mato Grosso" + "do Sul": the gazetteer knows the whole name."""
    text = "Fires spread across Mato Grosso do Sul on Friday, Tom Vell said."
    places = _places(nlp, text, [("Mato Grosso", "GPE"), ("Tom Vell", "PERSON")])
    assert "Mato Grosso do Sul" in places
    assert "Mato Grosso" not in places


def test_a_town_read_as_a_person_before_its_small_word_is_one_place(nlp: Language) -> None:
    """ "Caxias" (a person to the model) + "do Sul": the town of the gazetteer."""
    text = "Hail hit vineyards near Caxias do Sul overnight, Tom Vell said."
    places = _places(nlp, text, [("Caxias", "PERSON"), ("Tom Vell", "PERSON")])
    assert "Caxias do Sul" in places


def test_a_name_with_a_small_word_the_gazetteer_lacks_is_left_alone(nlp: Language) -> None:
    """ "Lucas do Vale" is a person's name, no place of the gazetteer."""
    text = "The pianist Lucas do Vale played in Kelby on Friday, Tom Vell said."
    labels = [("Lucas do Vale", "PERSON"), ("Kelby", "GPE"), ("Tom Vell", "PERSON")]
    assert "Lucas do Vale" not in _places(nlp, text, labels)


def test_a_state_whose_name_opens_with_a_citys_is_the_state() -> None:
    """ "Rio Grande do Sul" is the state's own name, only another name of the city."""
    place = gazetteer().lookup("Rio Grande do Sul")
    assert place is not None and place.kind == "region" and place.country_code == "BR"


def test_a_city_named_by_the_start_of_its_own_name_stays_the_city() -> None:
    """ "New York" is still the city, though the state bears the name as its own."""
    place = gazetteer().lookup("New York")
    assert place is not None and place.kind == "city"
