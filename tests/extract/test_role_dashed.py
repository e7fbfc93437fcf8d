"""A general noun for a person and its clause between dashes after a name is a role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Aino Lisk - the woman who chairs the ferry board - said nothing.",
            "Aino Lisk",
            "woman who chairs the ferry board",
        ),
        (
            "He will stand beside Rolf Tamm - the man recently appointed as the party's "
            "housing chief - and deputy leader Ivo Dane.",
            "Rolf Tamm",
            "man recently appointed as the party's housing chief",
        ),
    ],
)
def test_dashed_description(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "X - the woman who chairs ... -": the dashes set the description off."""
    assert roles_in(nlp, text)[name] == expected


def test_unclosed_dash_gives_nothing(nlp: Language) -> None:
    """Without a closing dash the words after the noun are the sentence, not a role."""
    text = "They cheered Aino Lisk - the woman who won was not there."
    assert roles_in(nlp, text)["Aino Lisk"] is None
