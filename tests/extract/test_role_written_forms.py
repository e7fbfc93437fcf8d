"""Roles the parse reads apart: a hyphenated title after a copula, a caption line after
a colon, and a word whose first part is joined to it by a hyphen."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Vell was attorney-general until the vote last spring.", "attorney-general"),
        (
            "Ann Vell is still secretary-general of the Ledger Union, and she plans to stay.",
            "secretary-general of the Ledger Union",
        ),
    ],
)
def test_hyphenated_title_after_a_copula(nlp: Language, text: str, expected: str) -> None:
    """A title written with a hyphen that the parser reads as an adjective is still a role."""
    assert roles_in(nlp, text)["Ann Vell"] == expected


def test_hyphenated_adjective_after_a_copula_is_no_role(nlp: Language) -> None:
    """ "was child-free": a hyphenated word whose last part is no title."""
    assert roles_in(nlp, "Ann Vell was child-free. She said nothing.").get("Ann Vell") is None


def test_caption_lines_after_a_colon(nlp: Language) -> None:
    """ "Tom Ames: former adviser" on a line of its own gives each name its description."""
    text = "Pictured at the harbour.\n\nTom Ames: former adviser\n\nAnn Vell: harbour master"
    roles = roles_in(nlp, text)
    assert roles["Tom Ames"] == "former adviser"
    assert roles["Ann Vell"] == "harbour master"


def test_words_after_a_colon_that_are_no_description(nlp: Language) -> None:
    """A transcript line ("Tom Ames: Thank you, minister.") says nothing of who he is."""
    text = "The interview.\n\nTom Ames: Thank you, minister.\n\nAnn Vell: Good morning"
    roles = roles_in(nlp, text)
    assert roles.get("Tom Ames") is None
    assert roles.get("Ann Vell") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A-list chefs such as Tom Ames and Ann Vell cooked.", "A-list chef"),
        ("The all-time great skipper Tom Ames waved from the deck.", "all-time great skipper"),
    ],
)
def test_first_part_of_a_hyphenated_word_stays(nlp: Language, text: str, expected: str) -> None:
    """ "A" of "A-list" and "all" of "all-time" are parts of a word, not articles to drop."""
    assert roles_in(nlp, text)["Tom Ames"] == expected
