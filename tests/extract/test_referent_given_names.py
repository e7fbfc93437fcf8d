"""A courtesy title before a surname two people share, told apart by a given name of one
sex or by the one bearer whose sex nothing states."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_given_name_tells_which_bearer_a_title_means() -> None:
    """ "Mr Vell told" after "Ann Vell" is Tom Vell: the given names say who is a man."""
    text = (
        "Tom Vell filmed Ann Vell in the park at Tarland. Later Ann Vell was charged.\n\n"
        "'It was never about her,' Mr Vell told reporters."
    )
    assert speakers(text) == [("It was never about her", "Tom Vell")]


def test_a_title_goes_to_the_one_bearer_of_no_stated_sex() -> None:
    """ "Mrs Vell said" after "her husband Tomas Vell" is Kit Vell, of no stated sex."""
    # He is a man, and Kit Vell is the one other bearer the title can mean.
    text = (
        "Kit Vell and her husband Tomas Vell run the bakery in Tarland.\n\n"
        "'We love it here,' Mrs Vell said."
    )
    assert speakers(text) == [("We love it here", "Kit Vell")]


def test_no_sex_known_keeps_the_nearest_full_name() -> None:
    """With neither bearer's sex stated nor given, "Mr Vell" keeps the nearest full name."""
    text = (
        "Kit Vell filmed Lou Vell in the park at Tarland. Later Lou Vell was charged.\n\n"
        "'It was never about her,' Mr Vell told reporters."
    )
    assert speakers(text) == [("It was never about her", "Lou Vell")]


def test_a_less_common_given_name_tells_he_from_she() -> None:
    """ "Wesley Orme presented ... to Ann Roke. '...,' she said": Wesley is a man; "she" Roke."""
    text = (
        "Wesley Orme presented the prize to Ann Roke in Tarland on Monday.\n\n"
        '"It means the world to me," she said.'
    )
    assert speakers(text) == [("It means the world to me", "Ann Roke")]


def test_a_less_common_womans_name_tells_she_from_he() -> None:
    """ "Tessa Orme presented ... to Tom Ravel. '...,' he said": Tessa is a woman's name."""
    text = (
        "Tessa Orme presented the prize to Tom Ravel in Tarland on Monday.\n\n"
        '"It means the world to me," he said.'
    )
    assert speakers(text) == [("It means the world to me", "Tom Ravel")]
