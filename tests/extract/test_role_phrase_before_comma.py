"""A person noun whose phrase runs up to the comma before a name is that name's role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_person_noun_with_phrase_before_comma(nlp: Language) -> None:
    """ "the court chronicler of the age, Tom Vell": the noun heads the phrase."""
    text = (
        "Ann found the visits tiring, according to the royal court chronicler of the age, Tom Vell."
    )
    assert roles_in(nlp, text)["Tom Vell"] == "royal court chronicler of the age"


def test_thing_before_comma_gives_no_role(nlp: Language) -> None:
    """A phrase with no person noun before the comma says nothing of the name."""
    text = "Ann found the tours dull, according to the diary of that era, Tom Vell."
    assert roles_in(nlp, text).get("Tom Vell") is None


def test_name_among_people_before_comma_takes_no_noun_above(nlp: Language) -> None:
    """ "the widow of one of his friends, Jo Parr": he is a friend, not the widow."""
    text = (
        "'He was distant,' said Ann Roke, the widow of one of Tom's closest friends, "
        "Jo Parr, when we met."
    )
    assert roles_in(nlp, text).get("Jo Parr") is None
