"""Bare offices whose phrase names whom the post serves ("counselor to the president")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Counselor to the governor Wilma Treece told reporters the vote would wait.",
            "Wilma Treece",
            "Counselor to the governor",
        ),
        (
            "On Friday senior adviser to the prime minister Oskar Lindahl flew home early.",
            "Oskar Lindahl",
            "senior adviser to the prime minister",
        ),
        (
            "Port Arvel chief of staff Benedikt Crane denied the report on Monday.",
            "Benedikt Crane",
            "Port Arvel chief of staff",
        ),
        (
            "Chair of trustees Imelda Voss thanked the volunteers for their patience.",
            "Imelda Voss",
            "Chair of trustees",
        ),
    ],
)
def test_bare_office_serving_someone_is_the_names(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """A bare post whose phrase ends on a served noun right before a name is that name's."""
    assert roles_in(nlp, text)[name] == expected


def test_described_friend_of_a_named_singer_keeps_the_singer(nlp: Language) -> None:
    """With an article, "a friend of the singer X" leaves X the singer, not the friend."""
    roles = roles_in(nlp, "A friend of the singer Perpetua Lake said she was resting.")
    assert roles.get("Perpetua Lake") != "friend of the singer"
