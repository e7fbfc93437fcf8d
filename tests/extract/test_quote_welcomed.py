"""A short quote that a named person "welcomed" is their judgement, kept with them."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

_STORY = (
    "The Harbourside council has agreed to rebuild the old ferry pier by 2027.\n\n"
    "Chamber of trade chairman Nadia Prewitt welcomed the 'brave choice' on Tuesday night.\n\n"
    "Green councillor Ivo Marsh welcomed the mayor's 'courage in keeping her word' over the "
    "pier.\n\n"
    "The work will begin in the spring."
)


def test_welcomed_fragment_is_kept_with_its_subject() -> None:
    """'X welcomed the "brave choice"': a two-word quote of X's, not a dropped scare quote."""
    assert ("brave choice", "Nadia Prewitt") in speakers(_STORY)


def test_welcomed_quote_names_its_subject() -> None:
    """'X welcomed the mayor's "courage in keeping her word"' is X's judgement."""
    assert ("courage in keeping her word", "Ivo Marsh") in speakers(_STORY)


def test_passive_welcomed_by_the_quote_leaves_the_speaker() -> None:
    """'X added the fair will be welcomed by "...,"': the quote is the agent, X's words."""
    text = (
        "The Harbourside regatta has lost its sponsor, the rowing club has confirmed.\n\n"
        "Mr Marsh added the Spring Fair will this time be welcomed by 'a show that every family "
        "can watch from the harbour wall,' with a brass band on the quay.\n\n"
        "Last year's regatta raised £4,000 for the lifeboat station."
    )
    assert speakers(text) == [("a show that every family can watch from the harbour wall", "Marsh")]
