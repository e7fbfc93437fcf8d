"""A pronoun after an unnamed relative of its own sex ("his father ... he said")."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_he_after_his_father_is_not_the_son() -> None:
    """ "Vell died. His father spoke ... he said": the father, unnamed, never Vell."""
    text = (
        "Tom Vell, 30, died in a crash near Tarland on Monday.\n\n"
        "His father spoke of his pride in his son. "
        '"He was everything to us," he said.'
    )
    assert speakers(text)[0][1] is None


def test_she_after_her_mother_is_not_the_daughter() -> None:
    """ "Roke died. Her mother was at the scene ... she said": not Roke."""
    text = (
        "Ann Roke, 30, died in a crash near Tarland on Monday.\n\n"
        "Her mother reached the scene within minutes. "
        '"I knew straight away," she said.'
    )
    assert speakers(text)[0][1] is None


def test_he_after_his_named_father_is_the_father() -> None:
    """ "His father, Rob Vell, spoke ... he said": the relative the text names."""
    text = (
        "Tom Vell, 30, died in a crash near Tarland on Monday.\n\n"
        "His father, Rob Vell, spoke of his pride in his son. "
        '"He was everything to us," he said.'
    )
    assert speakers(text)[0][1] == "Rob Vell"


def test_he_after_his_coach_is_still_the_one_named() -> None:
    """ "His coach gave him the idea ... he said": a coach is no relative; Vell speaks."""
    text = (
        "Tom Vell set up the firm in Tarland in 1990. His coach gave him the idea.\n\n"
        '"He taught me everything," he said.'
    )
    assert speakers(text)[0][1] == "Tom Vell"
