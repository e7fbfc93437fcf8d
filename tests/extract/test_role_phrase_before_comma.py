"""A person noun whose phrase runs up to the comma before a name is that name's role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_person_noun_with_phrase_before_comma(nlp: Language) -> None:
    """ "the court correspondent of the time, Tom Vell": the noun heads the phrase."""
    text = (
        "Ann found the trips upsetting, according to the official court correspondent "
        "of the time, Tom Vell."
    )
    assert roles_in(nlp, text)["Tom Vell"] == "official court correspondent of the time"


def test_thing_before_comma_gives_no_role(nlp: Language) -> None:
    """A phrase with no person noun before the comma says nothing of the name."""
    text = "Ann found the trips upsetting, according to the diary of the time, Tom Vell."
    assert roles_in(nlp, text).get("Tom Vell") is None


def test_name_among_people_before_comma_takes_no_noun_above(nlp: Language) -> None:
    """ "the wife of one of his friends, Jo Parr": he is a friend, not the wife."""
    text = (
        "'He was cold,' said Ann Roke, the former wife of one of Tom's closest friends, "
        "Jo Parr, when I met her."
    )
    assert roles_in(nlp, text).get("Jo Parr") is None
