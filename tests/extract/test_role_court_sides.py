"""Counsel named by their side in court ("Simon Pell, defending,") have the counsel of that side
as role ("defence counsel"), not the bare participle."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Simon Pell, defending, said his client was sorry.", "Simon Pell", "defence counsel"),
        ("Prosecuting, Helen Marsh said the defendant lied.", "Helen Marsh", "prosecuting counsel"),
        (
            "Ann Roe, for the prosecution, said it was planned.",
            "Ann Roe",
            "counsel for the prosecution",
        ),
        ("Tobin Vale, mitigating, said the man had wept.", "Tobin Vale", "defence counsel"),
        (
            "Simon Pell, representing the family, said they were relieved.",
            "Simon Pell",
            "representing the family",
        ),
    ],
)
def test_a_side_in_court_is_the_role(nlp: Language, text: str, name: str, expected: str) -> None:
    """A side set off after the name or fronted before it is the lawyer's role."""
    assert roles_in(nlp, text)[name] == expected


def test_a_participle_inside_a_sentence_is_no_side(nlp: Language) -> None:
    """ "After defending, Jo Ames said": only a side that opens the sentence is fronted."""
    found = roles_in(nlp, "After years of defending, Jo Ames said he would retire.")
    assert found["Jo Ames"] is None
