"""'Professor' between a role and a name is a post held beside the role, written first as
a rank before a job is; as a graded post it stays one title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tide expert Professor Ann Vell said the charts were wrong.", "Professor, Tide expert"),
        (
            "The survey was led by marine biologist Professor Ann Vell.",
            "Professor, marine biologist",
        ),
        ("Lead author Prof Ann Vell said the charts were wrong.", "Professor, Lead author"),
        ("Associate Professor Ann Vell said the charts were wrong.", "Associate Professor"),
        ("Professor Ann Vell said the charts were wrong.", "Professor"),
    ],
)
def test_professor_after_role_is_address(nlp: Language, text: str, expected: str) -> None:
    """A role noun before 'Professor' or 'Prof' keeps the post too; a grade keeps one post."""
    assert roles_in(nlp, text)["Ann Vell"] == expected
