"""Pronouns and "the woman" after an unnamed person the story brought in: that person."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_she_after_a_reported_unnamed_woman_is_nobody_named() -> None:
    """'the riders say the woman called them vandals ... she said': not a rider named before."""
    text = (
        "Three cyclists, Maren Holtby, Tove Arden and Ilse Brandt, were riding through the "
        "park on Saturday when a woman stepped onto the path and swore at them.\n\n"
        "Arden recorded the row on her phone.\n\n"
        "The cyclists say the woman called them vandals twice. "
        "The riders also claim she said 'get off my path or I will call the police "
        "on all of you'."
    )
    assert speakers(text) == [("get off my path or I will call the police on all of you", None)]


def test_a_lone_given_name_before_does_not_take_her_words() -> None:
    """'The riders say the woman called them vandals. They claim she said': not 'Tove'."""
    text = (
        "The cyclists, who gave only their given names, Maren, Tove and Ilse, said a woman "
        "swore at them in the park on Saturday.\n\n"
        "Tove recorded the row on her phone.\n\n"
        "The riders say the woman called them vandals. They also claim she said 'get off my "
        "path or I will call the police on all of you'."
    )
    assert speakers(text) == [("get off my path or I will call the police on all of you", None)]


def test_the_woman_the_story_brought_in_unnamed_is_nobody_named() -> None:
    """'a woman swore at her ... Holtby asked ... The woman interjects:': not Holtby."""
    text = (
        "Maren Holtby was cycling through the park on Saturday when a woman stepped onto "
        "the path and swore at her.\n\n"
        "Holtby asked why she was swearing and recorded the row on her phone.\n\n"
        "The woman interjects: 'You are a liar, now stay away from me.'"
    )
    assert speakers(text) == [("You are a liar, now stay away from me.", None)]


def test_the_woman_a_named_person_was_described_as_is_still_her() -> None:
    """'Maren Holtby, a woman of 40, ... the woman said': Holtby, who was described so."""
    text = (
        "Maren Holtby, a woman of 40 from Brindleford, was cycling through the park on Saturday."
        "\n\n'I will never ride there again,' the woman said."
    )
    assert speakers(text) == [("I will never ride there again", "Maren Holtby")]
