"""A lede's subject written with a hyphen, or told as kin of someone met there."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # kin of someone met in the lede is one person, though "the" opens it
        (
            "The ex-wife of a millionaire has won a share of his fortune.\n\n"
            "Tamsyn Tolling, 52, told the court she had been left with nothing.",
            "Tamsyn Tolling",
            "former wife of a millionaire, 52",
        ),
        (
            "The son of a millionaire has been jailed for fraud.\n\nMark Dorrin, 32, took £50,000.",
            "Mark Dorrin",
            "son of a millionaire, 32",
        ),
        # "a" before the first piece of "co-founder" introduces the whole word
        (
            "A co-founder of a Harlow charity has been jailed for fraud.\n\n"
            "Mark Dorrin, 52, took £50,000.",
            "Mark Dorrin",
            "co-founder of a Harlow charity, 52",
        ),
        # a definite office of a body met there ("of a ... charity") is one person's, the
        # one whose name opens the next sentence
        (
            "The head of a Harlow charity has been jailed for fraud.\n\n"
            "Mark Dorrin, 52, took £50,000.",
            "Mark Dorrin",
            "head of a Harlow charity, 52",
        ),
    ],
)
def test_lede_subject_of_pieces_and_kin(
    nlp: Language, text: str, name: str, expected: str | None
) -> None:
    """ "The ex-wife of a millionaire" and "A co-founder" describe the one named next."""
    assert roles_in(nlp, text)[name] == expected
