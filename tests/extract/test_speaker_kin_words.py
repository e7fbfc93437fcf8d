"""An informal word for a relative ("her mum") refers back to the one named as "her mother"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_her_mum_is_the_woman_named_as_her_mother() -> None:
    """'Her mother, Ida Penrose, ...' then '"...," her mum said.' gives the quote to Ida Penrose."""
    text = (
        "Carla Penrose, 33, rents a cold flat above a shop. Her mother, Ida Penrose, 61, visits"
        " every day.\n\n"
        '"The heating has been off since October," Carla said.\n\n'
        '"It is no way for anyone to live," her mum said.'
    )
    assert speakers(text)[-1] == ("It is no way for anyone to live", "Ida Penrose")


def test_her_dad_is_not_the_woman_named_as_her_mother() -> None:
    """'her dad said' finds no father named before: the quote is not the mother's."""
    text = (
        "Carla Penrose, 33, rents a cold flat above a shop. Her mother, Ida Penrose, 61, visits"
        " every day.\n\n"
        '"The heating has been off since October," Carla said.\n\n'
        '"It is no way for anyone to live," her dad said.'
    )
    assert speakers(text)[-1][1] != "Ida Penrose"
