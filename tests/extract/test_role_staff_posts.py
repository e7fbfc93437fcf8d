"""Posts of a club's, a force's, a paper's or a church's own people, as the text gives them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Kate Fenwick, the club's head of recruitment, said the player had impressed.",
            "Kate Fenwick",
            "club's head of recruitment",
        ),
        (
            "Simon Oduya, who was appointed chief constable in 2019, said the force was stretched.",
            "Simon Oduya",
            "chief constable",
        ),
        (
            "Former world champion Lena Voss said she would return to the ring.",
            "Lena Voss",
            "Former world champion",
        ),
        (
            "Hattie Crane, the paper's royal correspondent, said the palace would not comment.",
            "Hattie Crane",
            "paper's royal correspondent",
        ),
    ],
)
def test_staff_posts(nlp: Language, text: str, name: str, expected: str) -> None:
    """An owner's post after or before the name, and a post given by "appointed"."""
    assert roles_in(nlp, text)[name] == expected
