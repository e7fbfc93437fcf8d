"""Ranks of the police written before a name are titles, also when the model took them
into the name."""

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
            "Sheriff",
        ),
    ],
)
def test_rank_before_a_name(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "Detective Lou Brack", "County Sheriff Tom Vell": the rank is the role."""
    assert roles_in(nlp, text)[name] == expected
