"""Words a person invites others to act on, quoted as the object of "invite ... to"."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_the_one_who_invites_says_the_quoted_words() -> None:
    """'Farrow invites the jurors to ‘picture ...’': Farrow's words to them."""
    text = (
        "Ned Farrow defended the ferry company in Dornwick on Monday.\n\n"
        "In closing, Farrow invites the jurors to ‘picture the harbour on a winter night’."
    )
    assert speakers(text) == {"picture the harbour on a winter night": "Ned Farrow"}


def test_he_who_invited_says_the_quoted_words() -> None:
    """'He invited the crowd to ‘...’' after Tobin is named: Tobin's words."""
    text = (
        "Carl Tobin opened his bakery in Wellsby on Saturday.\n\n"
        "He invited the crowd to ‘taste every loaf before you buy one’."
    )
    assert speakers(text) == {"taste every loaf before you buy one": "Carl Tobin"}
