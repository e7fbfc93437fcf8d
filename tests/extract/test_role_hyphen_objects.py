"""A hyphened title after a preposition or verb keeps its first piece ("by co-founders X")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The bakery was opened by co-founders Ilse Varro and Tam Quayle.",
            "Ilse Varro",
            "co-founder",
        ),
        ("The trophy was handed to co-host Orla Tennant at the gala.", "Orla Tennant", "co-host"),
        (
            "Police questioned vice-captain Rufus Oyelaran about the fight.",
            "Rufus Oyelaran",
            "vice-captain",
        ),
        ("Votes were counted by co-chair Hester Lamb after midnight.", "Hester Lamb", "co-chair"),
    ],
)
def test_hyphened_title_after_a_word_keeps_its_first_piece(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """The hyphen inside a title, tagged as an object, does not end the title read leftwards."""
    assert roles_in(nlp, text)[name] == expected
