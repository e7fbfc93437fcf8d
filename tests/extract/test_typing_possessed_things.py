"""A name owned, driven or bought with "a" before it is a thing, not a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_labelled_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They own a 'splendid Orvel Turbo', which sits in the garage.", "Orvel Turbo"),
        ("She drives a \u2018lovely Tarn Sprite\u2019 to work every day.", "Tarn Sprite"),
    ],
)
def test_a_thing_had_with_an_article_is_no_person(nlp: Language, text: str, name: str) -> None:
    """ "own a 'splendid Orvel Turbo'", "drives a 'lovely Tarn Sprite'": things had."""
    assert person_labelled_kinds(nlp, text, [name]).get(name) != PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Police said he drove Jo Ames home after the party.",
        "He bought a Jo Ames painting for his wife.",
        "They bought Jo Ames a drink at the bar.",
    ],
)
def test_a_person_driven_or_bought_for_stays_a_person(nlp: Language, text: str) -> None:
    """ "drove Jo Ames home", "a Jo Ames painting", "bought Jo Ames a drink": a person."""
    assert person_labelled_kinds(nlp, text, ["Jo Ames"]).get("Jo Ames") == PERSON
