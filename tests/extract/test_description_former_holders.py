"""A role noun that gives its office as held before ("the former Kelby boss"): someone the
story named who held it, never the person who holds it now."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_former_club_boss_is_the_man_named_just_before() -> None:
    """'The former Kelby boss backed ..., saying:' is the man who ran the club, named before."""
    text = (
        "Tom Vell managed Kelby Town for six years before leaving the club in 2019.\n\n"
        "The former Kelby boss backed the club's choice of Ian Orr as his successor on "
        'Monday, saying: "He knows the players and he knows the town."'
    )
    assert speakers(text)[-1] == ("He knows the players and he knows the town.", "Tom Vell")


def test_the_former_boss_is_not_the_boss_now() -> None:
    """'Acme boss Ann Lee ... The former Acme boss said' is someone else, not Ann Lee."""
    text = (
        "Acme boss Ann Lee announced 200 job cuts at the Kelby plant on Monday.\n\n"
        'The former Acme boss said: "This is a sad day for the town."'
    )
    assert speakers(text)[-1] == ("This is a sad day for the town.", None)
