"""Posts after "as" that someone took over, joined in, or was sacked from."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hattie Brell took over as manager of Dunmore Rovers in May.",
            "manager of Dunmore Rovers",
        ),
        ("Hattie Brell joined Kelso Bank as finance director in 2015.", "finance director"),
        ("Hattie Brell was sacked as head coach on Monday.", "former head coach"),
        ("Hattie Brell joined Dunmore Rovers as a teenager.", None),
        ("Hattie Brell was fired as a result of the audit.", None),
        ("Hattie Brell has been dropped as host of the quiz.", "former host of the quiz"),
        ("Hattie Brell was replaced as leader by Corin Vane in May.", "former leader"),
        ("Hattie Brell was sacked as head coach by the club on Monday.", "former head coach"),
    ],
)
def test_post_after_as(nlp: Language, text: str, expected: str | None) -> None:
    """The post after "as" is the role, a former one when the verb says it was lost."""
    assert roles_in(nlp, text)["Hattie Brell"] == expected
