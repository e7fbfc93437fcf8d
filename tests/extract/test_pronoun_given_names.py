"""A given name borne by one sex tells whom "he"/"she" can refer to when nothing else in
the text states the person's sex."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_she_is_not_a_man_named_just_before() -> None:
    """ "After Tom died, she took over": "Tom" is a man's name, so "she" is Kit Vell, before him."""
    text = (
        "Kit Vell runs a cafe in Tarland.\n\n"
        "After Tom died in 2019, she took over the shop. "
        '"It was the hardest year," she says.'
    )
    assert speakers(text)[-1][1] == "Kit Vell"


def test_he_is_not_a_woman_the_sentence_before_names() -> None:
    """ "He wed Ann Vell in 2000. '...,' he said": Ann is a woman's name and no man is named."""
    text = (
        "Tarland lost a great architect last week.\n\n"
        "He wed Ann Vell at Tarland Town Hall in 2000.\n\n"
        "'My work always came before my sleep,' he said."
    )
    assert speakers(text)[-1][1] is None


def test_a_stated_sex_wins_over_the_given_name() -> None:
    """ "Ms Ashley Vell" is a woman whatever her given name: the title states it."""
    text = 'Ms Ashley Vell runs a cafe in Tarland.\n\n"It was the hardest year," she says.'
    assert speakers(text)[-1][1] == "Ashley Vell"


def test_a_short_given_name_of_one_sex_says_it_too() -> None:
    """ "After Phil died, she took over": "Phil" is a man's name too, so "she" is Kit Vell."""
    text = (
        "Kit Vell runs a cafe in Tarland.\n\n"
        "After Phil died in 2019, she took over the shop. "
        '"It was the hardest year," she says.'
    )
    assert speakers(text)[-1][1] == "Kit Vell"


def test_he_is_not_a_woman_of_a_short_given_name() -> None:
    """ "He wed Sue Vell in 2000. '...,' he said": Sue is a woman's name, so nobody."""
    text = (
        "Tarland lost a great architect last week.\n\n"
        "He wed Sue Vell at Tarland Town Hall in 2000.\n\n"
        "'My work always came before my sleep,' he said."
    )
    assert speakers(text)[-1][1] is None
