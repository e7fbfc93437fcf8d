"""Titles shared by names: the plural of a title word, and executives' letters."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He thanked his colleagues Tom Vell and Ann Roke for the work.", "colleague"),
        ("Its aides Tom Vell and Ann Roke quit on Monday.", "aide"),
    ],
)
def test_plural_title_word_before_two_names(nlp: Language, text: str, expected: str) -> None:
    """The plural of a title word ("aides") before two names is each one's title."""
    roles = roles_in(nlp, text)
    assert roles["Tom Vell"] == expected and roles["Ann Roke"] == expected


def test_plural_title_tagged_as_a_verb(nlp: Language) -> None:
    """ "team captains Henry Vell and Cliff Roke", "captains" read as a verb: each is a captain."""
    # Not "team captains".
    text = "Ed Parn hosted the quiz from 1972 alongside team captains Henry Vell and Cliff Roke."
    assert roles_in(nlp, text)["Henry Vell"] == "team captain"
