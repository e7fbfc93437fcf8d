"""Names the text gives to animals: a kind of animal before the name, a joke title."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_name_opened_by_an_animal_noun_is_no_person(nlp: Language) -> None:
    """ "Racehorse Tam Fenlow won": the model's name opens with the kind of animal it names."""
    text = "Racehorse Tam Fenlow won the cup at Norport. Tam Fenlow is owned by Ann Vell."
    kinds = person_labelled_kinds(nlp, text, ["Racehorse Tam Fenlow", "Tam Fenlow", "Ann Vell"])
    assert all(kind != PERSON for name, kind in kinds.items() if "Fenlow" in name)
    assert kinds.get("Ann Vell") == PERSON


def test_a_first_name_that_is_also_an_animal_stays(nlp: Language) -> None:
    """ "Wolf Ames Pardell said": a first name people bear is not cut off as an animal."""
    text = "Wolf Ames Pardell said the talks had failed on Monday."
    assert (
        person_labelled_kinds(nlp, text, ["Wolf Ames Pardell"]).get("Wolf Ames Pardell") == PERSON
    )


def test_a_pet_with_a_courtesy_title_is_no_person(nlp: Language) -> None:
    """ "Their cat, Mr Bristle, slept": the apposition outweighs the joke title."""
    text = "Their cat, Mr Bristle, slept all day. Tom Ames said the cat was fine."
    kinds = person_labelled_kinds(nlp, text, ["Mr Bristle", "Tom Ames"])
    assert kinds.get("Bristle") != PERSON
    assert kinds.get("Tom Ames") == PERSON


def test_a_titled_person_after_a_set_off_role_stays(nlp: Language) -> None:
    """ "The mayor, Mr Ames, said": a courtesy title after a person's noun keeps the person."""
    text = "The mayor, Mr Ames, said the bridge would open in May."
    assert person_labelled_kinds(nlp, text, ["Mr Ames"]).get("Ames") == PERSON
