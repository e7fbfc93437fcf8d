"""Animals' names said outright: a breed after the name, a kind before it elsewhere."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_dog_described_by_its_breed_is_no_person(nlp: Language) -> None:
    """ "Biscuit, a brown spaniel cross," : the breed ends the description set off."""
    text = (
        "Tom Ames walked with his sister, Biscuit, a brown spaniel cross, in 2019. "
        "Biscuit loves her walks and she sleeps all day."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tom Ames", "Biscuit", "Biscuit"])
    assert kinds.get("Biscuit") != PERSON
    assert kinds.get("Tom Ames") == PERSON


def test_a_trainer_of_horses_stays_a_person(nlp: Language) -> None:
    """ "Jo Ames, a horse trainer," : a person's noun ends the description."""
    text = "Jo Ames, a horse trainer, said she was delighted with the win."
    assert person_labelled_kinds(nlp, text, ["Jo Ames"]).get("Jo Ames") == PERSON


def test_a_kind_of_animal_before_the_name_elsewhere_says_it(nlp: Language) -> None:
    """ "Greyhound Swift Kite won ... Swift Kite is owned by": the model missed the first."""
    text = (
        "Greyhound Swift Kite won the derby at Norport. "
        "Swift Kite is owned by Ann Vell, who said she was thrilled."
    )
    kinds = person_labelled_kinds(nlp, text, ["Swift Kite", "Ann Vell"])
    assert kinds.get("Swift Kite") != PERSON
    assert kinds.get("Ann Vell") == PERSON


def test_pronouns_do_not_outvote_a_pet_named_outright(nlp: Language) -> None:
    """ "Tilly the sheepdog ... she ... Tilly said": pets are "she" too."""
    text = (
        "Tilly the sheepdog herds the geese. Tilly said nothing, but she was tired. "
        "Tilly knows her job and she loves it. Tilly sleeps by the stove."
    )
    kinds = person_labelled_kinds(nlp, text, ["Tilly", "Tilly", "Tilly", "Tilly"])
    assert kinds.get("Tilly") != PERSON
