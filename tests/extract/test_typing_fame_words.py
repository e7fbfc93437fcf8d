"""A lower-case word for fame ("reality star") before a full name is a vote for a person, as a
trade is; before one word, which may be a firm, it is none."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON
from tests.extract.conftest import person_votes


def test_fame_word_before_a_full_name(nlp: Language) -> None:
    """ "Reality star Kiki Lorne": the star is a person."""
    votes = person_votes(nlp, "Reality star Kiki Lorne has opened up about her year.", 2, 4)
    assert votes.get(PERSON, 0.0) >= 3.0


def test_fame_word_before_one_word_is_no_vote(nlp: Language) -> None:
    """ "fintech star Revolut": one word after a fame word may be a firm."""
    votes = person_votes(nlp, "Investors backed fintech star Revolut on Monday.", 4, 5)
    assert votes.get(PERSON, 0.0) == 0.0
