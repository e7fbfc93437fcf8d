"""An owned plural of kinship before a list of names is each listed name's role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Wenna Tregear moved to Truro with her sons, Piran, 14, and Jago, 11, last spring.",
            "Jago",
            "son, 11",
        ),
        (
            "Ottilie Marsh packed lunches for her two little girls - Bryony, 8, and Wren, 6.",
            "Wren",
            "daughter, 6",
        ),
        (
            "Lazlo Fekete drove his two boys, Bence and Aron, to the ground every week.",
            "Aron",
            "son",
        ),
    ],
)
def test_owned_kin_plural_is_each_listed_names(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """Every name of a list set off after "her sons" or "his boys" is a son or a daughter."""
    assert roles_in(nlp, text)[name] == expected


def test_kin_plural_joined_by_and_names_another_party(nlp: Language) -> None:
    """ "his daughters and Jo Roe" names two parties: Jo Roe is no daughter."""
    roles = roles_in(nlp, "Brannoc Hale thanked his daughters and Seren Abbot for the flowers.")
    assert roles.get("Seren Abbot") is None
