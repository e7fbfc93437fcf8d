"""A part an actor plays is no other person, and an age set off after an office tells
which one a description takes up."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_description_naming_the_part_played(nlp: Language) -> None:
    """ "The actor, 47, who plays barman Sid Tate," takes up the actor named before."""
    text = (
        "Tom Vell has quit the long-running soap after two decades.\n\n"
        "The actor, 47, who plays barman Sid Tate, filmed his last scenes in March."
    )
    assert roles_in(nlp, text)["Tom Vell"] == "actor"


def test_part_named_after_starred_as(nlp: Language) -> None:
    """ "who starred as nurse Ann Cole": the part after "as" is no second person."""
    text = (
        "Jo Roe is to leave the hospital drama after a decade.\n\n"
        "The actress, 52, who starred as nurse Ann Cole in the first series, was in tears."
    )
    assert roles_in(nlp, text)["Jo Roe"] == "actress"


def test_someone_else_named_in_the_description(nlp: Language) -> None:
    """ "who is a friend of Ed Poe": a real person named stops the description."""
    text = (
        "Tom Vell was held at Kelby docks on Friday.\n\n"
        "The businessman, 58, who is a friend of Ed Poe, was later freed on bail."
    )
    assert roles_in(nlp, text)["Tom Vell"] is None
