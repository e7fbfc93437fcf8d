"""A passive verb that frames a quote: its subject is the one spoken of, and the one who
chose the words is the "by" phrase after the quote, wherever the parser hung it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_by_phrase_hung_on_the_quoted_words_names_the_speaker() -> None:
    """'was branded "..." by the former club chairman Ida Marsh': Ida Marsh speaks, not Ames."""
    # 'Ames, whose call ... was branded "..." by the former club chairman Ida Marsh, agreed, saying
    # ...': Ida Marsh branded it, not Ames who agreed.
    text = (
        "Coach Tom Ames, whose call for fans to stay off the pitch at the ground was "
        "branded ‘an act of pure vandalism’ by the former Tarland club chairman "
        "Ida Marsh, agreed, saying the club had to move on."
    )
    assert speakers(text) == [("an act of pure vandalism", "Ida Marsh")]


def test_a_passive_verb_joined_to_the_subjects_clause_does_not_make_it_the_speaker() -> None:
    """'She ... was accused of being "..."': she is the one accused, not the one who said it."""
    text = (
        "Ann Vell moved to Tarland in 1990. She seemed to be enjoying herself at the fair "
        "and was accused of boasting and of being ‘a born show-off’."
    )
    assert speakers(text) == [("a born show-off", None)]
