"""'Professor' between a role and a name addresses the name; as a graded post it stays."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tide expert Professor Ann Vell said the charts were wrong.", "Tide expert"),
        ("The survey was led by marine biologist Professor Ann Vell.", "marine biologist"),
        ("Associate Professor Ann Vell said the charts were wrong.", "Associate Professor"),
        ("Professor Ann Vell said the charts were wrong.", "Professor"),
    ],
)
def test_professor_after_role_is_address(nlp: Language, text: str, expected: str) -> None:
    """A role noun before 'Professor' is the role; a grade word keeps the post."""
    assert roles_in(nlp, text)["Ann Vell"] == expected
