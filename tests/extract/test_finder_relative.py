"""A body noun that speaks in a relative clause ("..., which the company claimed were ...") is
not the main subject of its own sentence: that one a writer would call "it"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_body_noun_in_a_relative_clause_is_not_the_main_subject() -> None:
    """The council hired Quorly's crews, which the company claimed were '...': not the council."""
    text = (
        "In March, the Pellham Council hired two road crews from Quorly, which the company"
        " claimed were ‘the fastest crews in the county’. The council later regretted it."
    )
    assert speakers(text) == [("the fastest crews in the county", None)]


def test_a_body_noun_in_a_relative_clause_still_refers_back_past_its_sentence() -> None:
    """The council met. Its members hired crews, which the council claimed were '...'."""
    text = (
        "The Pellham Council met on Monday. Its members hired two road crews, which the"
        " council claimed were ‘the fastest crews in the county’."
    )
    assert speakers(text) == [("the fastest crews in the county", "Pellham Council")]


def test_a_verb_the_parser_gives_a_relative_clauses_second_subject_does_not_speak() -> None:
    """'X said that a newsletter which claimed Y had urged ... is ‘...’': the words are X's."""
    # The parser can hang 'urged' on both 'newsletter' and Y, but Y's verb is inside what the
    # newsletter claimed.
    text = (
        "Headteacher Orla Dunne told parents on Monday that a newsletter which claimed"
        " Councillor Tobin Carrow had urged shutting the school over its roof is ‘simply"
        " untrue and unkind to every teacher here.’"
    )
    assert speakers(text) == [("simply untrue and unkind to every teacher here.", "Orla Dunne")]
