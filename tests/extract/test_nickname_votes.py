"""Entity typing of names in quote marks that a verb of naming coins or a title holds."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_coined_nickname_is_no_second_person(nlp: Language) -> None:
    """ "dubbing Mr Vell 'Sir Spendmore'": the nickname of the minister, not a person."""
    kinds = entity_kinds(
        nlp,
        'Ann Roke attacked the minister\'s borrowing, dubbing Mr Vell "Sir Spendmore". '
        "Tom Vell said the charge was unfair.",
    )
    assert kinds.get("Spendmore") != "person"
    assert kinds.get("Sir Spendmore") != "person"
    assert kinds.get("Tom Vell") == "person"


def test_a_name_a_pronoun_is_dubbed_is_no_person(nlp: Language) -> None:
    """ "the press dubbed him 'Mr Tom Gloom'": a name coined for him, not another man."""
    kinds = entity_kinds(
        nlp,
        "Tom Vell never smiled in public, and the press dubbed him \u2018Mr Tom Gloom\u2019. "
        "He laughed it off.",
    )
    assert kinds.get("Tom Gloom") != "person"
    assert kinds.get("Tom Vell") == "person"


def test_a_name_inside_a_quoted_title_is_no_person(nlp: Language) -> None:
    """ "a documentary called 'Farewell Mr Gloom'": part of the title."""
    kinds = entity_kinds(
        nlp,
        "Tom Vell talks about his career in a documentary called 'Farewell Mr Gloom'. "
        "It is shown on Friday.",
    )
    assert kinds.get("Gloom") != "person"
    assert kinds.get("Tom Vell") == "person"


def test_a_quoted_stage_name_or_quoted_speech_keeps_its_person(nlp: Language) -> None:
    """ "known as 'Lil Vex'" and a name in quoted speech are no coined names."""
    kinds = entity_kinds(
        nlp,
        'The rapper Tom Vell, known as "Lil Vex", was arrested. His lawyer said: '
        '"Ann Roke will speak for him."',
    )
    assert kinds.get("Tom Vell") == "person"
    assert kinds.get("Ann Roke") == "person"


def test_a_nickname_holding_a_surname_leaves_the_surname(nlp: Language) -> None:
    """ "nicknamed 'King Vell'" of Tom Vell: "Vell" is still his surname."""
    kinds = entity_kinds(
        nlp,
        'Tom Vell, the Norport native nicknamed "King Vell", scored 30 points. '
        "Vell said the team played well.",
    )
    assert kinds.get("Tom Vell") == "person"
    assert kinds.get("Vell", "person") == "person"
