"""A hyphenated title set off before a name keeps its front when the parse hangs the rest
from it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The decision was welcomed by the attorney-general of Norland, Ebba Lind.",
            "Ebba Lind",
            "attorney-general of Norland",
        ),
        (
            "Present at the signing were Norland's fisheries chief, Captain Ebba Lind, and "
            "the secretary-general of the Sarnian Port Authority, Mats Olin.",
            "Mats Olin",
            "secretary-general of the Sarnian Port Authority",
        ),
    ],
)
def test_hyphenated_title_is_whole(nlp: Language, text: str, name: str, expected: str) -> None:
    """ "attorney-general", not "general": the word is not cut at its hyphen."""
    assert roles_in(nlp, text)[name] == expected
