"""A firm's counts ("has 10 million users"), a title's subtitle and a pet "now named" say
that a name is no person's."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_count_of_users_makes_a_firm(nlp: Language) -> None:
    """ "Fenwick Rowe has 10 million users" names a firm, though it also "said" something."""
    text = (
        "Fenwick Rowe has 10 million users across the region. Fenwick Rowe said demand was strong."
    )
    kinds = person_labelled_kinds(nlp, text, ["Fenwick Rowe", "Fenwick Rowe"])
    assert kinds.get("Fenwick Rowe") == ORG


def test_employing_people_by_the_thousand_makes_a_firm(nlp: Language) -> None:
    """ "Quillon Pike employs 4,000 people": a firm, whatever the model read."""
    text = "Quillon Pike employs 4,000 people in the north. Quillon Pike said sales rose."
    kinds = person_labelled_kinds(nlp, text, ["Quillon Pike", "Quillon Pike"])
    assert kinds.get("Quillon Pike") == ORG


def test_a_few_staff_leave_a_person(nlp: Language) -> None:
    """ "Ann Vell has two children": no count of what a firm has, so she stays a person."""
    text = "Ann Vell has two children, who both attend the village school."
    kinds = person_labelled_kinds(nlp, text, ["Ann Vell"])
    assert kinds.get("Ann Vell") == PERSON


def test_a_name_before_a_subtitle_is_a_work(nlp: Language) -> None:
    """ "wrote Glass Rivers: The Lost Summer in 2019": the name is a book's, no author's."""
    text = "Tom Ames wrote Glass Rivers: The Lost Summer in 2019 and it sold well."
    kinds = person_labelled_kinds(nlp, text, ["Tom Ames", "Glass Rivers"])
    assert "Glass Rivers" not in kinds
    assert kinds.get("Tom Ames") == PERSON


def test_a_quotation_after_a_colon_is_no_subtitle(nlp: Language) -> None:
    """ "told Dan Orrin: The plan is dead": lower-case words go on, so no title."""
    text = "Ann Vell told Dan Orrin: The plan is dead. Mr Orrin said nothing."
    kinds = person_labelled_kinds(nlp, text, ["Ann Vell", "Dan Orrin"])
    assert kinds.get("Dan Orrin") == PERSON


def test_a_pet_now_named_is_no_person(nlp: Language) -> None:
    """ "a collie cross now named Bexo ... she": the animal's name, though "she" takes it up."""
    text = (
        "The dog, a collie cross now named Bexo, was found in a ditch. Bexo is happy and she eats."
    )
    kinds = person_labelled_kinds(nlp, text, ["Bexo", "Bexo"])
    assert kinds.get("Bexo") != PERSON


def test_the_end_of_a_title_after_called_is_a_work(nlp: Language) -> None:
    """ "a book called The Small Guide to Quiet Gardens": "Quiet Gardens" is a title, no person."""
    text = "Ann Vell wrote a book called The Small Guide to Quiet Gardens last year."
    kinds = person_labelled_kinds(nlp, text, ["Ann Vell", "Quiet Gardens"])
    assert "Quiet Gardens" not in kinds
    assert kinds.get("Ann Vell") == PERSON


def test_a_name_with_a_title_before_it_stays_a_person(nlp: Language) -> None:
    """ "the film Moon Meadow with Dan Orrin": "with" joins a person to the title."""
    text = "The film Moon Meadow with Dan Orrin was a hit, and Mr Orrin was pleased."
    kinds = person_labelled_kinds(nlp, text, ["Dan Orrin"])
    assert kinds.get("Dan Orrin") == PERSON
