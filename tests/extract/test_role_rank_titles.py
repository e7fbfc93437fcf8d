"""Ranks of the police written before a name are titles, also when the model took them
into the name or when they are written as capital letters ("DCI")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Anyone who saw the van should contact Detective Lou Brack at the station.",
            "Lou Brack",
            "Detective",
        ),
        (
            "The cause is not yet known, but County Sheriff Tom Vell said the road was shut.",
            "Tom Vell",
            "County Sheriff",
        ),
    ],
)
def test_rank_before_a_name(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "Detective Lou Brack", "County Sheriff Tom Vell": the rank, as written, is the role."""
    assert roles_in(nlp, text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("DS Tom Vell went to the house in Tarland on Monday.", "Tom Vell", "Detective Sergeant"),
        (
            "DCI Ann Roke said the two men had been held overnight in Tarland.",
            "Ann Roke",
            "Detective Chief Inspector",
        ),
        ("Ch Supt Tom Vell said the roads would close.", "Tom Vell", "Chief Superintendent"),
        (
            "ACC Ann Roke said the force would look at the case again.",
            "Ann Roke",
            "Assistant Chief Constable",
        ),
    ],
)
def test_police_rank_letters(nlp: Language, text: str, name: str, expected: str) -> None:
    """British police ranks written as capital letters ("DCI", "DS") are written in full."""
    assert roles_in(nlp, text)[name] == expected


def test_rank_letters_match_only_in_capitals(nlp: Language) -> None:
    """ "Di" of a name is no "DI": letters of a rank match only written in capitals."""
    text = "The striker Marco Di Vella scored twice for Tarland on Saturday."
    assert roles_in(nlp, text)["Marco Di Vella"] == "striker"
