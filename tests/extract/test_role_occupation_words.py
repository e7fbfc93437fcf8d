"""Common occupations with no person's ending ("architect", "landlord") read as roles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The tower was drawn up by architect Ann Vell.", "Ann Vell", "architect"),
        ("He met landlord Tom Ames in Norport last spring.", "Tom Ames", "landlord"),
        ("The dog was seen by vet Ann Vell on Monday.", "Ann Vell", "vet"),
        ("The crowd cheered astronaut Tom Ames at the parade.", "Tom Ames", "astronaut"),
    ],
)
def test_occupation_before_name(nlp: Language, text: str, name: str, expected: str) -> None:
    """An occupation noun with no person's ending before a name is that person's role."""
    assert roles_in(nlp, text)[name] == expected
