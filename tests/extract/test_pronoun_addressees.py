"""Whom a "he"/"she" quote is said to is never who says it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_he_told_the_named_person_is_not_that_person() -> None:
    """ "He told Ann Vell: ..." with only Ann Vell named before gives nobody, not her."""
    text = (
        "Ann Vell chairs the Norport ferry board.\n\n"
        "The timber deal was put on hold on Monday. "
        'He told Ann Vell: "We will not sign before the spring."'
    )
    assert speakers(text)[-1] == ("We will not sign before the spring.", None)


def test_he_told_her_needs_a_man_known_as_one() -> None:
    """ "'...,' he told her" does not give a person whose sex nothing states."""
    text = (
        "Ann Vell chairs the Norport ferry board.\n\n"
        "The timber deal was put on hold on Monday. "
        '"We will not sign before the spring," he told her.'
    )
    assert speakers(text)[-1] == ("We will not sign before the spring", None)


def test_name_hung_on_the_verb_is_still_the_addressee() -> None:
    """ "He told the board chair, Ann Vell: ..." is said to her, however it is parsed."""
    text = (
        "Ann Vell chairs the Norport ferry board.\n\n"
        "The timber deal was put on hold on Monday. "
        'He told the board chair, Ann Vell: "We will not sign before the spring."'
    )
    assert speakers(text)[-1] == ("We will not sign before the spring.", None)


def test_the_man_named_before_still_speaks_to_her() -> None:
    """A man named before the pronoun still says what "he told Ann Vell"."""
    text = (
        "Tom Ames runs the Norport ferry line.\n\n"
        "The timber deal was put on hold on Monday. "
        'He told Ann Vell: "We will not sign before the spring."'
    )
    assert speakers(text)[-1] == ("We will not sign before the spring.", "Tom Ames")


def test_he_told_her_after_a_titled_man_is_that_man() -> None:
    """ "Mr Ames ... '...,' he told her": a man known as one still speaks."""
    text = (
        "Mr Ames chairs the Norport ferry board.\n\n"
        "The timber deal was put on hold on Monday. "
        '"We will not sign before the spring," he told her.'
    )
    assert speakers(text)[-1] == ("We will not sign before the spring", "Ames")


def test_he_told_him_is_not_whom_him_refers_to() -> None:
    """ "he told him": the man "him" refers back to cannot also be the one who speaks."""
    text = (
        "Mr Ames chairs the Norport ferry board. The timber deal was put on hold.\n\n"
        '"We will not sign before the spring," he told him.'
    )
    assert speakers(text)[-1] == ("We will not sign before the spring", None)
