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
    """ "Mrs Vell said" after "her husband Tomas Vell": he is a man, and Kit Vell, whose
    sex nothing states, is the one other bearer the title can mean."""
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
