"""A part's first name taken up by "who" or owning kin is still the part, not a person."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


def test_a_parts_first_name_with_who_and_kin_is_the_part(nlp: Language) -> None:
    """ "his role as Zed Brannock ... Zed, who was jailed ... Zed's sister": no person Zed."""
    text = (
        "Ivo Marsh won best actor for his role as mechanic Zed Brannock in the soap. "
        "Zed, who was jailed in the spring, is hugely popular. "
        "Zed's sister Lou returns next month."
    )
    names = ["Ivo Marsh", "Zed Brannock", "Zed", "Zed"]
    kinds = person_labelled_kinds(nlp, text, names)
    assert kinds.get("Zed") != PERSON
    assert kinds.get("Ivo Marsh") == PERSON


def test_a_titled_first_name_stays_a_person(nlp: Language) -> None:
    """ "Mr Brannock said" of a part's surname: a title on one mention says who bears it."""
    text = (
        "Ivo Marsh won best actor for his role as mechanic Zed Brannock in the soap. "
        "Mr Brannock, who runs a garage in Tarnby, said he was a fan of the show."
    )
    kinds = person_labelled_kinds(nlp, text, ["Ivo Marsh", "Zed Brannock", "Mr Brannock"])
    assert PERSON in {kind for name, kind in kinds.items() if "Brannock" in name}


def test_a_parts_kin_is_a_part(nlp: Language) -> None:
    """ "Zed's sister Lou", where Zed is a part, is one of the story's people, not a person."""
    text = (
        "Ivo Marsh won best actor for his role as mechanic Zed Brannock in the soap. "
        "Zed, who was jailed in the spring, is hugely popular. "
        "Zed's sister Lou returns next month. Ivo Marsh's wife Tia was at the ceremony."
    )
    names = ["Ivo Marsh", "Zed Brannock", "Zed", "Zed", "Lou", "Ivo Marsh", "Tia"]
    kinds = person_labelled_kinds(nlp, text, names)
    assert kinds.get("Lou") != PERSON
    assert kinds.get("Tia") == PERSON
