"""Pronouns and "the woman" after an unnamed person the story brought in: that person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_she_after_a_reported_unnamed_woman_is_nobody_named() -> None:
    """'the friends say the woman called them liars ... she said': not a friend named before."""
    text = (
        "Three friends, Maren Holtby, Tove Arden and Ilse Brandt, were on their weekly jog "
        "along the beach on Sunday when a woman began shouting insults at them.\n\n"
        "Holtby filmed the encounter on her phone.\n\n"
        "Among the insults, the three friends say the woman called them liars more than once. "
        "The women also claim she said 'go back to where you came from, you are not welcome "
        "here'."
    )
    assert speakers(text) == [("go back to where you came from, you are not welcome here", None)]


def test_a_lone_given_name_before_does_not_take_her_words() -> None:
    """'The friends say the woman called them liars. They claim she said': not 'Maren'."""
    text = (
        "The three friends, identified only by their first names as Maren, Tove and Ilse, "
        "said a woman began shouting at them on Sunday.\n\n"
        "Maren filmed the encounter on her phone.\n\n"
        "The friends say the woman called them liars. They also claim she said 'go back to "
        "where you came from, you are not welcome here'."
    )
    assert speakers(text) == [("go back to where you came from, you are not welcome here", None)]


def test_the_woman_the_story_brought_in_unnamed_is_nobody_named() -> None:
    """'a woman began shouting ... Holtby asked ... The woman interjects:': not Holtby."""
    text = (
        "Maren Holtby was jogging along the beach on Sunday when a woman began shouting "
        "insults at her.\n\n"
        "Holtby asked why she was shouting and filmed the row on her phone.\n\n"
        "The woman interjects: 'You are a liar, now stay away from me.'"
    )
    assert speakers(text) == [("You are a liar, now stay away from me.", None)]


def test_the_woman_a_named_person_was_described_as_is_still_her() -> None:
    """'Maren Holtby, a woman of 40, ... the woman said': Holtby, who was described so."""
    text = (
        "Maren Holtby, a woman of 40 from Brindleford, was jogging along the beach on Sunday."
        "\n\n'I will never run there again,' the woman said."
    )
    assert speakers(text) == [("I will never run there again", "Maren Holtby")]
