"""Titles that carry a prepositional phrase up to the name ("Senior Adviser in Residence")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senior Adviser in Residence Tom Ames said the plan would go on.",
            "Senior Adviser in Residence",
        ),
        (
            "Former Senior Adviser in Residence Tom Ames said the plan would go on.",
            "Former Senior Adviser in Residence",
        ),
        (
            "Head of the ferry board Tom Ames said fares rose.",
            "Head of the ferry board",
        ),
        (
            "Professor of Law at Norport University Tom Ames said the ruling was wrong.",
            "Professor of Law at Norport University",
        ),
        (
            "Minister of State for Europe Tom Ames said talks would go on.",
            "Minister of State for Europe",
        ),
        ("Chair of Governors Mrs Ann Vell said nothing.", "Chair of Governors"),
    ],
)
def test_title_with_its_phrase_before_the_name(nlp: Language, text: str, expected: str) -> None:
    """A title whose phrase by "in", "of", "at" or "for" runs on to the name is written in full."""
    assert next(iter(roles_in(nlp, text).values())) == expected


def test_a_noun_for_someone_before_the_name_stays_the_title(nlp: Language) -> None:
    """ "the mother of murdered teenager Tom Ames": the noun right before the name is his."""
    text = "The mother of murdered teenager Tom Ames said nothing."
    assert roles_in(nlp, text)["Tom Ames"] == "murdered teenager"


def test_a_clause_between_leaves_the_name_out_of_the_phrase(nlp: Language) -> None:
    """ "the staff of the hospital Tom Ames had run": the name opens a clause of its own."""
    text = "Ann Vell thanked the staff of the hospital Tom Ames had run."
    assert roles_in(nlp, text).get("Tom Ames") is None


def test_last_word_of_the_title_taken_into_the_name(nlp: Language) -> None:
    """The model reads "Charge Ed Poe" as one person; the title still runs up to "Ed Poe"."""
    text = "'We found it,' said NPA Senior Officer in Charge Ed Poe."
    assert roles_in(nlp, text)["Ed Poe"] == "NPA Senior Officer in Charge"


def test_title_read_into_the_name_is_no_phrase_end(nlp: Language) -> None:
    """ "the widow of Constable Tom Ames": a title read into the name ends no office of hers."""
    text = "The widow of Constable Tom Ames spoke of her grief yesterday."
    assert roles_in(nlp, text)["Tom Ames"] in (None, "Constable")
