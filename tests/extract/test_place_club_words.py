"""A name before a player's position, after a transfer, owning a result or playing a match
without a table's place is a club's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.mentions import ORG
from tests.extract.conftest import labelled_kinds

#: (text, the model's labels, the name): a club named the ways a match report names one.
_CLUBS = [
    pytest.param(
        "Jo Venn, the Tarnby goalkeeper, kept a clean sheet again.",
        [("Jo Venn", "PERSON"), ("Tarnby", "GPE")],
        "Tarnby",
        id="before-a-position",
    ),
    pytest.param(
        "Ola Brisk has signed for Tarnby on a two-year deal.",
        [("Ola Brisk", "PERSON"), ("Tarnby", "GPE")],
        "Tarnby",
        id="signed-for",
    ),
    pytest.param(
        "Tarnby's 3-1 win lifted them to fourth in the table.",
        [("Tarnby", "GPE")],
        "Tarnby",
        id="owns-a-result",
    ),
    pytest.param(
        "Dunmore drew 2-2 at home. Early on Ivo Sarrat gave the Marsh Lions the lead.",
        [("Dunmore", "ORG"), ("Ivo Sarrat", "PERSON"), ("the Marsh Lions", "FAC")],
        "Marsh Lions",
        id="a-nickname-given-the-lead",
    ),
]


@pytest.mark.parametrize(("text", "labels", "name"), _CLUBS)
def test_a_name_with_a_clubs_words_is_a_club(
    nlp: Language, text: str, labels: list[tuple[str, str]], name: str
) -> None:
    """A striker's, a signing's, a result's owner or a side given the lead is a club."""
    assert labelled_kinds(nlp, text, labels).get(name) == ORG
