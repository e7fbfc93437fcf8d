"""A "he"/"she" that is the subject of what a fronted clause's verb reports or asks is
that clause's own subject, so it does not hide that subject from the pronoun after the
clause: "When Tom Ames was asked what he thought, he replied" is Ames."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_asked_what_he_thought_then_he_replied() -> None:
    """'When Hugh Linnet was asked what he thought ..., he replied: ...' is Linnet's."""
    text = (
        "Radio host Colin Maddern has faced criticism from rival candidates. When Hugh "
        "Linnet was asked what he made of the jibes, he replied: 'Those are not words "
        "I would ever choose.'"
    )
    assert speakers(text) == [("Those are not words I would ever choose.", "Hugh Linnet")]


def test_heard_that_she_had_won_then_she_told() -> None:
    """'When Ann Vell heard that she had won the seat, she told reporters: ...' is Vell's."""
    text = (
        "Former MP Rosa Tindle lost the vote. When Ann Vell heard that she had won the "
        "seat, she told reporters: 'I am over the moon.'"
    )
    assert speakers(text) == [("I am over the moon.", "Ann Vell")]


def test_an_object_pronoun_in_the_clause_still_leaves_it_open() -> None:
    """'When Jo Ames told him he had lost, he said': "him" is someone else, not Ames."""
    text = (
        "Singer Tom Bale lost the vote. When Jo Ames told him he had lost, he said: "
        "'I am not surprised.'"
    )
    assert speakers(text)[-1][1] != "Jo Ames"
