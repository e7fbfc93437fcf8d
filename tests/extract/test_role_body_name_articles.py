"""Descriptions that take a person up with "the" and a body's name before their noun."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.role_context import opened_by_the
from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short name in brackets after the body's name stays in the description
        (
            "Tom Harlow is awaiting the verdict of a panel on Sunday.\n\n"
            "The Brindle Racing League (BRL) star was taken into custody on Friday.",
            "Brindle Racing League (BRL) star",
        ),
        # ... however the parser hung the brackets
        (
            "Tom Harlow is awaiting the verdict of a panel on Sunday.\n\n"
            "The Grand Boxing Championship (GBC) star was held by officers at a resort on the "
            "island of Tarn last Friday after a complaint.",
            "Grand Boxing Championship (GBC) star",
        ),
    ],
)
def test_description_after_a_body_name(nlp: Language, text: str, expected: str) -> None:
    """A later description opening on "the" and a body's name is the person's role."""
    assert roles_in(nlp, text)["Tom Harlow"] == expected


def _subject(nlp: Language, words: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A parsed opening "<words> was held ." whose subject is the last of ``words``."""
    count = len(words)
    pos = ["DET", *["PROPN"] * (count - 2), "NOUN", "AUX", "VERB", "PUNCT"]
    return Doc(
        nlp.vocab,
        words=[*words, "was", "held", "."],
        heads=[*heads, count + 1, count + 1, count + 1],
        deps=[*deps, "auxpass", "ROOT", "punct"],
        pos=pos,
    )


def test_the_hung_on_a_body_name_opens_the_description(nlp: Language) -> None:
    """ "The" the parser hung on a body's name before the noun makes the phrase definite."""
    words = ["The", "Grand", "Boxing", "Championship", "star"]
    doc = _subject(
        nlp, words, [3, 3, 3, 4, 6], ["det", "compound", "compound", "nmod", "nsubjpass"]
    )
    assert opened_by_the(doc[4])


def test_the_of_an_owner_is_no_article_of_the_noun(nlp: Language) -> None:
    """ "the club's coach": "the" is the owner's, which a possessive ties to the noun."""
    words = ["the", "Brindle", "Club", "'s", "coach"]
    deps = ["det", "compound", "poss", "case", "nsubjpass"]
    doc = Doc(
        nlp.vocab,
        words=[*words, "was", "held", "."],
        heads=[2, 2, 4, 2, 6, 6, 6, 6],
        deps=[*deps, "auxpass", "ROOT", "punct"],
        pos=["DET", "PROPN", "PROPN", "PART", "NOUN", "AUX", "VERB", "PUNCT"],
    )
    assert not opened_by_the(doc[4])
