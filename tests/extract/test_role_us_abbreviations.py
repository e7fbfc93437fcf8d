"""Short forms of titles in US copy are written in full, and "Del." only before a name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Del. Mara Ocho, D-Fairfax, said the plan would starve schools.", "Mara Ocho", "Delegate"),
        ("Ald. Tom Brigg said the council would vote on Tuesday.", "Tom Brigg", "Alderman"),
        (
            "Pfc. Ann Vell was injured in the blast near the base.",
            "Ann Vell",
            "Private First Class",
        ),
    ],
)
def test_title_short_form_written_in_full(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """ "Del. Mara Ocho": a Delegate; "Ald.", "Pfc." likewise written out."""
    assert expected in (roles_in(nlp, text)[name] or "")


def test_state_short_form_after_a_town_is_no_title(nlp: Language) -> None:
    """ "Dover, Del.": Delaware, not a Delegate."""
    text = "Mark Hale, a Democrat from Dover, Del., said the plan was fine."
    assert "Delegate" not in (roles_in(nlp, text)["Mark Hale"] or "")
