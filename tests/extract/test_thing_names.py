"""A body's label on a name the text only writes before a weapon or a speech is dropped."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_a_weapon_class_is_no_body(nlp: Language) -> None:
    """ "an Ardwing anti-ship missile" read as a body: the name is the missile's class."""
    text = "Each patrol boat now carries an Ardwing anti-ship missile on its deck."
    assert "Ardwing" not in labelled_kinds(nlp, text, [("Ardwing", "ORG")])


def test_a_speech_occasion_is_no_body(nlp: Language) -> None:
    """ "the yearly State of the Realm address" is a speech's occasion, not a body."""
    # Even ending in a body's word.
    text = "Tom Ames promised lower taxes during the yearly State of the Realm address."
    labels = [("Tom Ames", "PERSON"), ("State of the Realm", "ORG")]
    assert "State of the Realm" not in labelled_kinds(nlp, text, labels)
    text = "Tom Ames spoke of wages in the yearly State of the Guild Union address."
    labels = [("Tom Ames", "PERSON"), ("State of the Guild Union", "ORG")]
    assert "State of the Guild Union" not in labelled_kinds(nlp, text, labels)


def test_a_body_written_on_its_own_keeps_its_kind(nlp: Language) -> None:
    """ "Tarvik said ... the Tarvik rocket": a firm that also makes rockets stays a body."""
    text = "Tarvik said on Monday that the Tarvik rocket would fly again in May."
    assert labelled_kinds(nlp, text, [("Tarvik", "ORG"), ("Tarvik", "ORG")]).get("Tarvik") == (
        "organization"
    )
