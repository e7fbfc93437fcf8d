"""A description with an age opening the next sentence is the person's, another name after."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Marisa Delane stepped out in London on Friday.\n\n"
            "The actress, 35, was joined by her husband Tom Welke.",
            "Marisa Delane",
            "actress",
        ),
        (
            "But brunette Kezia Farrant looked happier than ever on Wednesday.\n\n"
            "The model, 31, held hands with hotelier Julian Prestwick outside a restaurant.",
            "Kezia Farrant",
            "model",
        ),
    ],
)
def test_aged_description_before_other_name(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """The sentence's subject with an age, before the other name, takes up the one before."""
    assert roles_in(nlp, text)[name] == expected


def test_description_without_age_is_not_taken_up(nlp: Language) -> None:
    """With no age, a description in a sentence naming someone else may be anyone's."""
    text = (
        "Marisa Delane stepped out in London on Friday.\n\n"
        "The actress was joined by her husband Tom Welke."
    )
    assert roles_in(nlp, text)["Marisa Delane"] is None


def test_office_of_events_is_not_taken_up(nlp: Language) -> None:
    """ "The officer, 31," of an arrest is the police's, not the one arrested."""
    text = "Jo Roe was arrested on Friday.\n\nThe officer, 31, who arrested Ed Poe was praised."
    assert roles_in(nlp, text)["Jo Roe"] is None
