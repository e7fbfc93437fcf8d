"""A name and the same name with "Jr." are two people when the plain one comes first."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.mentions import PERSON


def _people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in extract_entities(nlp(text)) if e.kind == PERSON}


def test_a_father_named_first_is_not_his_namesake_son(nlp: Language) -> None:
    """ "Tom Vell" first, then "his eldest son, Tom Vell Jr.": the father stays a person."""
    text = (
        "Tom Vell flew home on Monday. Tom Vell posted a picture of his lunch.\n\n"
        "Even his eldest son, Tom Vell Jr., asked about it."
    )
    assert {"Tom Vell", "Tom Vell Jr."} <= _people(nlp, text)


def test_a_name_without_jr_after_it_is_the_same_man(nlp: Language) -> None:
    """A story that first writes "Tom Vell Jr." means him by "Tom Vell" later."""
    text = (
        "Tom Vell Jr. spoke in the city on Monday. Later, Tom Vell told the crowd that "
        "he would return."
    )
    people = _people(nlp, text)
    assert "Tom Vell Jr." in people and "Tom Vell" not in people
