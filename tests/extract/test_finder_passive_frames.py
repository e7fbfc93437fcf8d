"""A passive verb that frames a quote: its subject is the one spoken of, and the one who
chose the words is the "by" phrase after the quote, wherever the parser hung it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_by_phrase_hung_on_the_quoted_words_names_the_speaker() -> None:
    """'Ames, whose call ... was branded "..." by the former council leader Ida Marsh,
    agreed, saying ...': Ida Marsh branded it, not Ames who agreed."""
    text = (
        "Harbour master Dr Tom Ames, whose call for boats to stay away from the pier was "
        "branded ‘a blatant piece of scaremongering’ by the former Tarland council leader "
        "Ida Marsh, agreed, saying it was time to act."
    )
    assert speakers(text) == [("a blatant piece of scaremongering", "Ida Marsh")]


def test_a_passive_verb_joined_to_the_subjects_clause_does_not_make_it_the_speaker() -> None:
    """'She appeared to be having a great time and was accused of being "..."': she is
    the one accused, not the one who said it."""
    text = (
        "Ann Vell joined the Tarland sailing club in 1985. She appeared to be having a great "
        "time and was accused of showing off and of being ‘a shameless freeloader’."
    )
    assert speakers(text) == [("a shameless freeloader", None)]
