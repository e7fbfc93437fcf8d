"""A post told by an "as" phrase of something the person has ("his tenth month as ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Dean Marsh meets his hardest week as home secretary on Monday.",
            "Dean Marsh",
            "home secretary",
        ),
        (
            "The vote fell on Dean Marsh's tenth month as home secretary.",
            "Dean Marsh",
            "home secretary",
        ),
        (
            "The strike hands Dean Marsh a headache in his second year as home secretary.",
            "Dean Marsh",
            "home secretary",
        ),
        # a judgement is no title
        ("Dean Marsh defended his reputation as a hero.", "Dean Marsh", None),
        # "his" may be the other person's
        ("Dean Marsh praised Tom Tolling for his work as mayor.", "Tom Tolling", None),
        # "his" is the suspect's, met before it
        (
            "Lawyer Sam Pellow said the suspect must be investigated, no matter his status "
            "as a diplomat.",
            "Sam Pellow",
            "Lawyer",
        ),
        # "his" is no woman's
        (
            "Sarah Pellow attacked his record as home secretary, saying he had failed.",
            "Sarah Pellow",
            None,
        ),
    ],
)
def test_post_of_an_owned_noun(nlp: Language, text: str, name: str, expected: str | None) -> None:
    """ "his hardest week as home secretary" says Dean Marsh is home secretary."""
    assert roles_in(nlp, text)[name] == expected
