"""A later "the friend" takes up "a friend" the text brought in after the name, not the
named person: "Roe spoke about a friend ... The friend lost her job"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Dorsey, a law student, later posted her speech online and spoke about a"
            " friend who had been refused treatment. The friend subsequently lost her job.",
            "law student",
        ),
        (
            "Lena Dorsey later posted her speech online and told of a friend who had been"
            " refused treatment. The friend subsequently lost her job.",
            None,
        ),
    ],
)
def test_a_description_of_someone_brought_in_is_not_theirs(
    nlp: Language, text: str, expected: str | None
) -> None:
    """ "The friend" after "spoke about a friend" is that friend, not the speaker."""
    assert roles_in(nlp, text)["Lena Dorsey"] == expected


def test_a_predicate_noun_is_taken_up(nlp: Language) -> None:
    """ "Crane was treated there. The retired nurse said": no nurse brought in, so Crane."""
    found = roles_in(
        nlp,
        "Ottilie Crane, 44, was treated at the town hospital. The retired nurse said the"
        " ward was full.",
    )
    assert found["Ottilie Crane"] == "retired nurse, 44"
