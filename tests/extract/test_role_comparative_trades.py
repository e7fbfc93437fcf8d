"""A noun for a trade the tagger read as a comparative ("hotelier") is a title before a name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The singer, 31, held hands with hotelier Julian Prestwick as they left a bar.",
            "Julian Prestwick",
            "hotelier",
        ),
        ("She was seen with furrier Tomas Greig in Mayfair.", "Tomas Greig", "furrier"),
    ],
)
def test_comparative_reading_of_trade(nlp: Language, text: str, name: str, expected: str) -> None:
    """The "-ier" noun before the name is the person's trade, not a comparative."""
    assert roles_in(nlp, text)[name] == expected
