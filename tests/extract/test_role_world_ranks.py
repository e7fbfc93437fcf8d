"""A player's place in a ranking is their role, before the name or set off beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("World No 4 Dario Vestrum lost in Rome on Thursday.", "Dario Vestrum", "World No 4"),
        ("British No.1 Kelsey Marr was beaten in the final.", "Kelsey Marr", "British No.1"),
        (
            "Dario Vestrum, the world No 4, lost in Rome on Thursday.",
            "Dario Vestrum",
            "world No 4",
        ),
        ("The world number one, Pavel Ostrik, withdrew.", "Pavel Ostrik", "world number one"),
    ],
)
def test_ranking_is_role(nlp: Language, text: str, name: str, expected: str) -> None:
    """The ranking with its table's word is the player's role."""
    assert roles_in(nlp, text)[name] == expected


def test_bare_number_is_no_ranking(nlp: Language) -> None:
    """ "No 10" with no table before it (the street) is no one's ranking."""
    assert roles_in(nlp, "No 10 said Jo Roe would stay.")["Jo Roe"] is None
