"""A quote broken by an attribution that names a show in marks is still one quote in two
parts (`quote_marks`, middle attribution)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_show_named_in_the_middle_attribution_joins_the_two_parts() -> None:
    """ "...," she told KTVX's "Morning Desk" on Friday, "and ...": one quote."""
    text = (
        '"We never planned to close the shop," Wren Abbot told KTVX\'s "Morning Desk" '
        'on Friday, "and we still hope to reopen by spring."'
    )
    assert texts(text) == [
        "We never planned to close the shop, and we still hope to reopen by spring."
    ]


def test_a_first_part_cased_like_a_title_still_joins() -> None:
    """‘Go to the Coast,’ she said, ‘and ...’: a first part in capitals is speech."""
    text = (
        "‘We talked all night,’ she said.\n\n"
        "‘Go to the Coast,’ Wren Abbot said, ‘and take the dog with you.’"
    )
    assert texts(text) == [
        "We talked all night",
        "Go to the Coast, and take the dog with you.",
    ]
