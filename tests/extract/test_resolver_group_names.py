"""A name the NER left out after a party's or a body's word ("fellow Tory Mark Lindon")."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_pronoun_reads_back_to_a_name_after_a_party_word() -> None:
    """'fellow Tory Mark Lindon said ... ‘...,’ he said' is Mark Lindon's."""
    text = (
        "Ministers have been urged to rethink the rules on bus fares.\n\n"
        "Former transport minister Alan Price welcomed the review.\n\n"
        "But fellow Tory Mark Lindon said the scheme had failed from the start. "
        "‘The fares have gone up every single year,’ he said."
    )
    assert speakers(text) == [("The fares have gone up every single year", "Mark Lindon")]


def test_a_name_after_a_party_word_speaks() -> None:
    """'fellow Tory Mark Lindon said: ‘...’' is Mark Lindon's."""
    text = (
        "Ministers have been urged to rethink the rules on bus fares.\n\n"
        "But fellow Tory Mark Lindon said: ‘The fares have gone up every single year.’"
    )
    assert speakers(text) == [("The fares have gone up every single year.", "Mark Lindon")]


def test_a_body_of_one_word_before_a_verb_is_no_name_cut() -> None:
    """'Acme Holdings said' stays the body's: the rule needs two name words after."""
    text = "Shares in Acme fell on Monday.\n\nAcme Holdings said: ‘We are confident in our plans.’"
    assert speakers(text) == [("We are confident in our plans.", "Acme Holdings")]
