"""A description after a sentence of two joined clauses, each about another person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_description_after_two_peoples_clauses_names_nobody() -> None:
    """ "A was away, but B said ...": "the 31-year-old" may be either, so no speaker."""
    text = (
        "Winger Cal Brody was not available, but club captain Dev Oyelaran said the team "
        'was "flat".\n\n'
        '"We let ourselves down badly in that second half," the 31-year-old said.'
    )
    assert speakers(text) == [("We let ourselves down badly in that second half", None)]


def test_a_second_clause_of_the_same_person_keeps_the_description() -> None:
    """ "Tia Marsden came home, and then she went out": one person, the 31-year-old."""
    text = (
        "Tia Marsden came home, and then she went out again.\n\n"
        '"It was a long night for all of us," the 31-year-old said.'
    )
    assert speakers(text) == [("It was a long night for all of us", "Tia Marsden")]
