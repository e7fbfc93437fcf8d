"""A trade in lower case the model tagged as part of a person keeps all its words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Among the travellers was lorry driver Tom Ames.", "Tom Ames", "lorry driver"),
        ("She met lorry driver Tom Ames in 2010.", "Tom Ames", "lorry driver"),
    ],
)
def test_lower_case_noun_stays_in_title(nlp: Language, text: str, name: str, expected: str) -> None:
    """A lower-case word before a title is no owner's name, even when tagged as a person."""
    assert roles_in(nlp, text)[name] == expected


def test_named_owner_still_ends_title(nlp: Language) -> None:
    """A capitalised name before a title still owns it."""
    text = "Tarland hired Jo van Dam's driver Tom Ames."
    assert roles_in(nlp, text)["Tom Ames"] == "Jo van Dam's driver"
