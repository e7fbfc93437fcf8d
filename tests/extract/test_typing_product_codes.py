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


def test_a_name_run_on_into_an_instalment_number_is_no_person(nlp: Language) -> None:
    """ "Rocket Quest 3 sold": a small number after the name numbers a game in its series."""
    text = (
        "Analysts said Rocket Quest 3 had done well over Christmas. "
        "Tarvo said Rocket Quest 3 and its rivals had sold well."
    )
    kinds = person_labelled_kinds(nlp, text, ["Rocket Quest", "Rocket Quest"])
    assert kinds.get("Rocket Quest") != "person"


def test_a_count_after_a_name_keeps_a_person(nlp: Language) -> None:
    """ "gave Dana Ellery 3 stars": the number counts the stars after it, no instalment."""
    text = "Critics gave Dana Ellery 3 stars for her debut, and Ellery said she was pleased."
    kinds = person_labelled_kinds(nlp, text, ["Dana Ellery", "Ellery"])
    assert kinds.get("Dana Ellery") == "person"


def test_a_rating_after_a_name_keeps_a_person(nlp: Language) -> None:
    """ "Kenzo Brannock 7 - saved well": a mark on a rating line, not an instalment."""
    text = "Kenzo Brannock 7 - saved well twice. Brannock said he was tired after the game."
    kinds = person_labelled_kinds(nlp, text, ["Kenzo Brannock", "Brannock"])
    assert kinds.get("Kenzo Brannock") == "person"
