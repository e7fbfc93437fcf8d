"""A post someone is said to have left ("stepped down as", "resigned as") is their role,
as a former one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Gary Tolland stepped down as chief executive of Brenmoor Foods on Monday.",
            "Gary Tolland",
            "former chief executive of Brenmoor Foods",
        ),
        (
            "Ann Vell, who resigned as chair of the trust in May, said she was sad.",
            "Ann Vell",
            "former chair of the trust",
        ),
        ("Tom Ames quit as manager of Kelby Rovers last night.", "Tom Ames", "former manager"),
    ],
)
def test_post_left_is_a_former_role(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "stepped down as chief executive of X": the former chief executive of X."""
    assert (roles_in(nlp, text)[name] or "").startswith(expected)


def test_standing_as_is_no_post_left(nlp: Language) -> None:
    """ "stood as the Green candidate": standing for a post, which leaves none."""
    assert roles_in(nlp, "Jo Roe stood as the Green candidate in Kelby.")["Jo Roe"] is None


def test_the_reason_for_leaving_is_no_part_of_the_post(nlp: Language) -> None:
    """ "resigned as overseas aid secretary over the war": the post ends before "over"."""
    text = "Ann Vell resigned as overseas aid secretary over the Tarland war in 2003."
    assert roles_in(nlp, text)["Ann Vell"] == "former overseas aid secretary"
