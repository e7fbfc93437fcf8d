"""Role nouns joined by "and" under one possessive and ending in a name are one person:
"her old friend and bandmate Ann Lee said" is Ann Lee's quote."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_joined_role_nouns_ending_in_a_name_are_that_person() -> None:
    """'Her old friend and bandmate Carl Dunn said: ...' is Carl Dunn's quote."""
    text = "Her old friend and bandmate Carl Dunn said: ‘He was the kindest man I ever knew.’"
    assert speakers(text) == [("He was the kindest man I ever knew.", "Carl Dunn")]


def test_a_role_noun_joined_to_a_bare_name_is_two_people() -> None:
    """'The mayor and Carl Dunn said' names two people: no one speaker."""
    text = "The mayor and Carl Dunn said: ‘He was the kindest man I ever knew.’"
    assert speakers(text) == [("He was the kindest man I ever knew.", None)]


def test_joined_role_nouns_after_an_inverted_verb_are_that_person() -> None:
    """'‘...,’ said her old friend and bandmate Carl Dunn.' is Carl Dunn's quote."""
    text = "‘He was the kindest man I ever knew,’ said her old friend and bandmate Carl Dunn."
    assert speakers(text) == [("He was the kindest man I ever knew", "Carl Dunn")]
