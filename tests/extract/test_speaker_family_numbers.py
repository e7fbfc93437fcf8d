"""A family description the parser heads by its number still names the person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_mum_of_two_is_the_woman_named_before() -> None:
    """ "the mum-of-two said" is the woman just named, as "the mother-of-two" would be."""
    # The parser makes "two" the subject.
    text = (
        "Organiser Tess Marlowe, a mum-of-two from Brindle, has gathered 900 names.\n\n"
        '"My children learned to read in that building," the mum-of-two said.'
    )
    assert speakers(text) == [("My children learned to read in that building", "Tess Marlowe")]


def test_the_mum_of_three_told_a_paper() -> None:
    """ "The mum-of-three told the Herald:" names the woman the sentence before is about."""
    text = (
        "Carla Brede, a mum-of-three, said the crossing had been dangerous for years.\n\n"
        'The mum-of-three told the Herald: "Somebody will be killed there one day."'
    )
    assert speakers(text) == [("Somebody will be killed there one day.", "Carla Brede")]
