"""A bookmaker named before its name is a firm, whatever the model reads."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG
from tests.extract.labelled_kinds import labelled_kinds


def test_a_bookmaker_is_a_firm(nlp: Language) -> None:
    """ "Bookmaker Fenner Bet said it had": a betting firm, not a person the model read."""
    text = "Bookmaker Fenner Bet said it had taken large bets on the race."
    kinds = labelled_kinds(nlp, text, [("Fenner Bet", "PERSON")])
    assert kinds.get("Fenner Bet") == ORG
