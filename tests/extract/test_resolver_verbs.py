"""Verbs of saying used in another sense, and verbs after a quote that report their own
quoted words: neither gives the speaker of the quote."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_continue_with_a_quoted_phrase_of_direction_is_no_saying() -> None:
    """'the council cannot continue ‘down the road ...’' is the words of who says so."""
    text = (
        "Opposition leader Tom Barrow has set out his plans.\n\n"
        "Mr Barrow says the council cannot continue ‘down the road of ever higher taxes’."
    )
    assert speakers(text) == [("down the road of ever higher taxes", "Tom Barrow")]


def test_add_to_a_quoted_phrase_is_no_saying() -> None:
    """'the council would only add to the ‘misery ...’' is the words of who warned so."""
    text = (
        "Opposition leader Tom Barrow has set out his plans.\n\n"
        "Mr Barrow warned the council would only add to the ‘misery of working families’."
    )
    assert speakers(text) == [("misery of working families", "Tom Barrow")]


def test_added_after_a_quote_still_says() -> None:
    """'‘...’ she added' is hers: the rule reads only a phrase after the verb."""
    text = (
        "Health Secretary Ann Frey has defended the plan.\n\n"
        "‘It will not be easy,’ she said. ‘But it will be worth it,’ she added."
    )
    assert speakers(text) == [
        ("It will not be easy", "Ann Frey"),
        ("But it will be worth it", "Ann Frey"),
    ]


def test_a_verb_after_a_quote_with_its_own_quoted_phrase_reports_that() -> None:
    """'Its slogan is: ‘...’. Alan Price accused them of ‘...’' gives Price only his own."""
    text = (
        "The parties are gearing up for the election.\n\n"
        "The party's new slogan will be: ‘Working together, winning together’. "
        "Campaign chief Alan Price accused the rivals of ‘recycling old ideas’."
    )
    assert speakers(text) == [
        ("Working together, winning together", None),
        ("recycling old ideas", "Alan Price"),
    ]
