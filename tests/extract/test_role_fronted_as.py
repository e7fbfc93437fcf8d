"""A fronted "as" phrase before the subject's name says in what capacity she acts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("As MP for Tarland, Mr Vell has argued that the plan failed.", "Vell", "MP for Tarland"),
        ("As a solicitor, Tom Vell represented the singer in court.", "Tom Vell", "solicitor"),
    ],
)
def test_fronted_as_phrase_is_a_role(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "As MP for Tarland, Mr Vell argued" makes him MP for Tarland."""
    assert roles_in(nlp, text)[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "As a result, Tom Vell left the firm within a week.",
        "As the talks ended, Tom Vell left the room in silence.",
    ],
)
def test_fronted_as_without_a_person_noun_is_no_role(nlp: Language, text: str) -> None:
    """A fronted "as" that names no one, or opens a clause, says nothing of the subject."""
    assert roles_in(nlp, text)["Tom Vell"] is None


@pytest.mark.parametrize(
    "text",
    [
        "As a boyfriend, Tom Vell was kind and never forgot a birthday.",
        "As a father, Tom Vell knew the school run by heart.",
    ],
)
def test_fronted_as_with_a_bond_is_no_role(nlp: Language, text: str) -> None:
    """ "As a boyfriend, Tom Vell was ..." tells of a bond, not a part he plays."""
    assert roles_in(nlp, text)["Tom Vell"] is None
