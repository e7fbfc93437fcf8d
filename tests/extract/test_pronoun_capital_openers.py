"""A capitalised word that only opens its sentence ("One of those was Tom Vell") is no
name the entities missed: the one person the sentence names is who "he" refers to."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_one_of_those_was_names_the_person() -> None:
    """'One of those was Tom Vell. He said' is Tom Vell: "One" is a number, no name."""
    text = (
        "Hundreds of fans queued outside the ground. One of those was Tom Vell. "
        'He said: "Nothing beats a home match."'
    )
    assert speakers(text)[-1] == ("Nothing beats a home match.", "Tom Vell")


def test_one_of_them_was_an_unnamed_driver() -> None:
    """'One of them was the driver. He said': a person no name gives, so no speaker."""
    text = (
        "Hundreds of fans queued outside the ground. One of them was the driver. "
        'He said: "Nothing beats a home match."'
    )
    assert speakers(text)[-1] == ("Nothing beats a home match.", None)
