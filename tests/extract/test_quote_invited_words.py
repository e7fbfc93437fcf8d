"""Words a person invites others to act on, quoted as the object of "invite ... to"."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_the_one_who_invites_says_the_quoted_words() -> None:
    """'Farrow invites officers to ‘come and look ...’': Farrow's words to them."""
    text = (
        "Ned Farrow was arrested in Dornwick on Monday.\n\n"
        "At one point, Farrow invites the officers to ‘come and look at this big bruise’."
    )
    assert speakers(text) == {"come and look at this big bruise": "Ned Farrow"}


def test_he_who_invited_says_the_quoted_words() -> None:
    """'He invited the crowd to ‘...’' after Tobin is named: Tobin's words."""
    text = (
        "Carl Tobin opened his bakery in Wellsby on Saturday.\n\n"
        "He invited the crowd to ‘taste every loaf before you buy one’."
    )
    assert speakers(text) == {"taste every loaf before you buy one": "Carl Tobin"}
