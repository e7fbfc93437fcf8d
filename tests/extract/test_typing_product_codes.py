"""Goods named like people: a model's name ends in a code ("the Vantor S")."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import person_labelled_kinds


def test_a_name_ending_in_a_lone_capital_is_a_model(nlp: Language) -> None:
    """ "the Vantor S" read as a person: a model's code ends the name, so no one is named."""
    text = "Critics said the Vantor S was too dear, and reviewers agreed."
    kinds = person_labelled_kinds(nlp, text, ["Vantor S"])
    assert kinds.get("Vantor S") != "person"


def test_a_coded_model_that_was_stolen_is_no_person(nlp: Language) -> None:
    """ "She said the Tarla Z was stolen" read as a person: the car stolen, not a person."""
    text = "She said the Tarla Z was stolen from her drive overnight."
    kinds = person_labelled_kinds(nlp, text, ["Tarla Z"])
    assert kinds.get("Tarla Z") != "person"


def test_a_given_name_before_a_lone_capital_stays_a_person(nlp: Language) -> None:
    """ "Peter Q, the rapper" opens with a given name: still a person."""
    text = "The rapper Peter Q said he would tour next year."
    kinds = person_labelled_kinds(nlp, text, ["Peter Q"])
    assert kinds.get("Peter Q") == "person"
