"""A body or a part of one named in lower case after a name is whom the person is with:
"from Kent police's traffic unit", "from the finance office of the council"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Sergeant Colin Pyke, from Kent constabulary's road policing unit, said the lane"
            " would reopen.",
            "Colin Pyke",
            "Sergeant from Kent constabulary's road policing unit",
        ),
        (
            "Tamsin Doyle, from the county council's planning team, said the plans were final.",
            "Tamsin Doyle",
            "from the county council's planning team",
        ),
        (
            "Manager Hu Lianfeng from the finance office of the council said savings were needed.",
            "Hu Lianfeng",
            "Manager from the finance office of the council",
        ),
        (
            "Imogen Carver from the press office said the letter had been sent on Monday.",
            "Imogen Carver",
            "from the press office",
        ),
    ],
)
def test_a_body_named_in_lower_case_is_the_affiliation(
    nlp: Language, text: str, name: str, expected: str
) -> None:
    """Lower-case words closing on a body's noun after "from" are whom the person is with."""
    assert roles_in(nlp, text)[name] == expected


def test_where_a_letter_came_from_is_no_affiliation(nlp: Language) -> None:
    """ "sent a letter to Ivo Brandon from the press office": where it came from, not his body."""
    found = roles_in(nlp, "The mayor sent a letter to Ivo Brandon from the press office.")
    assert found["Ivo Brandon"] is None
