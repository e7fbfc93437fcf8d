"""A title before a name never starts inside a word the tokenizer split, and a role
written with a hyphen keeps all its pieces."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_split_verb_tail_is_not_in_the_title(nlp: Language) -> None:
    """ "She wed garden designer Tom Vell": "wed" split as "we" + "d"; no "d" in the title."""
    text = "She wed garden designer Tom Vell in a small chapel near Tarland."
    assert roles_in(nlp, text)["Tom Vell"] == "garden designer"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The co-founder of Brightmill, Tom Vell, said the firm would grow.",
            "Tom Vell",
            "co-founder of Brightmill",
        ),
        ("His ex-wife, Ann Roke, said he had left.", "Ann Roke", "ex-wife"),
        ("Ann Roke is co-owner of the Tarland Arms.", "Ann Roke", "co-owner of the Tarland Arms"),
        (
            "Ann Roke is vice-chair of the Tarland group.",
            "Ann Roke",
            "vice-chair of the Tarland group",
        ),
        (
            "Ann Roke, a poet and co-editor of the Tarland Review, said it was fine.",
            "Ann Roke",
            "poet and co-editor of the Tarland Review",
        ),
        (
            "Tarland vice-captain Tom Vell said the game was lost.",
            "Tom Vell",
            "Tarland vice-captain",
        ),
    ],
)
def test_front_of_a_hyphened_role_stays(nlp: Language, text: str, name: str, expected: str) -> None:
    """A role written with a hyphen keeps its front ("co-", "ex-", "vice-") where the
    parser hung the pieces side by side."""
    assert roles_in(nlp, text)[name] == expected


def test_hyphened_role_after_a_comma_is_written_once(nlp: Language) -> None:
    """An appositive cut into pieces gives its front once: no "acting vice-acting vice-"."""
    text = "Ann Roke, the acting vice-chair of the Tarland group, agreed."
    assert roles_in(nlp, text)["Ann Roke"] == "acting vice-chair of the Tarland group"
