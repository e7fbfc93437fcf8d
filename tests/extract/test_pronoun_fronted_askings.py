"""A fronted clause that calls its own subject "he" or "she" states that person's sex."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_asked_whether_he_would_makes_the_fronted_subject_he() -> None:
    """'When Remy Quorn was asked whether he would back it, he said' is Quorn's, not Hale's."""
    text = (
        "Councillor Ewan Hale called the bus plan a folly. When Remy Quorn was asked "
        'whether he would back it, he said: "Only if the fares stay low."'
    )
    assert speakers(text) == [("Only if the fares stay low.", "Remy Quorn")]


def test_a_fronted_clause_without_the_pronoun_keeps_the_stated_sex() -> None:
    """'When Remy Quorn left the hall, he said' may be about Hale, whose sex the text states."""
    text = (
        "Councillor Ewan Hale called the bus plan a folly. When Remy Quorn left the hall, "
        'he said: "Only if the fares stay low."'
    )
    assert speakers(text) == [("Only if the fares stay low.", "Ewan Hale")]
