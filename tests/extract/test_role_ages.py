"""The age set off after a name is kept with the role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.role_ages import aged
from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Dana Quill, 41, a mother-of-two, said she saw it.", "Dana Quill", "mother-of-two, 41"),
        ("Wes Gibb, now 79, a former docker, was hurt.", "Wes Gibb", "former docker, 79"),
        ("Her son Tim Rudd, aged 9, said he loved the park.", "Tim Rudd", "son, 9"),
        # the age after a description set off after the name
        ("Tom Vane, a violent drug dealer, 27, was jailed.", "Tom Vane", "violent drug dealer, 27"),
        # an age the role already gives is not written twice
        (
            "A 32-year-old Irishman has been fined. Tim Rudd, 32, was caught speeding.",
            "Tim Rudd",
            "32-year-old Irishman",
        ),
    ],
)
def test_age_after_name(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "Dana Quill, 41, a mother-of-two": the role keeps the age after it."""
    assert roles_in(nlp, text)[name] == expected


def test_number_before_a_word_is_no_age(nlp: Language) -> None:
    """ "Ames, 41 times a winner,": a number a word follows is no age."""
    text = "Jo Ames, a nurse, won the race. Ames, 41 times a winner, left."
    assert "41" not in (roles_in(nlp, text)["Jo Ames"] or "")


def test_another_age_is_someone_elses() -> None:
    """ "Wes Gibb, 79,": a part of the role that gives another age is left out."""
    assert aged("former docker, 32-year-old Irishman", 79) == "former docker, 79"
    assert aged("79-year-old former docker", 79) == "79-year-old former docker"


def test_a_time_of_life_another_age_denies_is_someone_elses() -> None:
    """A "teenager" or "pensioner" part is left out beside an age it cannot be."""
    assert aged("teenager", 84) is None
    assert aged("grandfather, pensioner", 31) == "grandfather, 31"
    assert aged("teenager", 17) == "teenager, 17"
    assert aged("mother-of-two", 41) == "mother-of-two, 41"
