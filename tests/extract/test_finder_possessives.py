"""A name whose possessive the parser reads as punctuation ("Reyes’ Secretary told") owns the
speaker and does not speak; a name set off by quote marks ("‘Reyes’ said") still can."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract import load_nlp
from generator.extract.speaker_possessives import unmarked_possessive
from tests.extract.test_quotes import speakers


def _token(text: str, word: str) -> Token:
    return next(t for t in load_nlp()(text) if t.text == word)


def test_a_bare_possessive_mark_before_a_title_makes_the_name_an_owner() -> None:
    """ "Senator Reyes’ Press Secretary told": Reyes owns the secretary."""
    text = "Later, Senator Reyes’ Press Secretary told the Ledger: ‘No comment.’"
    assert unmarked_possessive(_token(text, "Reyes"))


def test_a_name_in_quote_marks_or_before_a_verb_is_no_owner() -> None:
    """ "the firm known as ‘Reyes’ said" and "Reyes said" are not possessives."""
    assert not unmarked_possessive(_token("A firm known as ‘Reyes’ backed the plan.", "Reyes"))
    assert not unmarked_possessive(_token("Later, Reyes said she would stay.", "Reyes"))
    assert not unmarked_possessive(_token("Later, Tom Ames’ said nothing.", "Ames"))


def test_a_name_that_ends_in_s_and_speaks_keeps_the_quote() -> None:
    """ "‘...,’ said Reyes.": a plain speaker whose name ends in s is unchanged."""
    text = (
        "Senator Marta Reyes toured the flooded valley on Monday.\n\n"
        "‘We will rebuild every house,’ said Reyes after the visit."
    )
    assert speakers(text) == [("We will rebuild every house", "Marta Reyes")]
