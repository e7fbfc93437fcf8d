"""Speaker labels that open a paragraph before a quote: "Ann Lee: '...'" and its round-up
form with an aside after a comma."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_a_label_with_an_outlet_after_a_comma_names_the_speaker() -> None:
    """'Ann Vell, Newsline: "..."' in a round-up of reactions is Vell's."""
    text = (
        "Who came out ahead in the harbour debate? Here is what the pundits said.\n\n"
        'Ann Vell, Newsline: "The chair of the board is the real winner of this debate."'
    )
    assert speakers(text) == {
        "The chair of the board is the real winner of this debate.": ("Ann Vell")
    }


def test_a_label_with_a_calling_after_a_comma_names_the_speaker() -> None:
    """'Rhea Tamm, author: "..."' is Tamm's words."""
    text = (
        "Who came out ahead in the harbour debate? Here is what the pundits said.\n\n"
        'Rhea Tamm, author: "I am tired of being told how to vote in this town."'
    )
    assert speakers(text) == {"I am tired of being told how to vote in this town.": "Rhea Tamm"}


def test_a_long_aside_is_no_label() -> None:
    """'Ivo Pell, Ann Vell, Jo Hale, Tom Ames and Sam Teel of the port board:' lists more
    people than one label names: nobody is given the quote."""
    text = (
        "The board met on Monday.\n\n"
        "Ivo Pell, Ann Vell, Jo Hale, Tom Ames and Sam Teel of the port board: "
        '"We will not sell the harbour to anyone."'
    )
    assert speakers(text) == {"We will not sell the harbour to anyone.": None}
