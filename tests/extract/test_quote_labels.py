"""Speaker labels that open a paragraph before a quote: "Ann Lee: '...'" and its round-up
form with an aside after a comma."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_a_label_with_an_outlet_after_a_comma_names_the_speaker() -> None:
    """'Ann Vell, Newsline: "..."' in a round-up of reactions is Vell's."""
    text = (
        "The harbour board met the ferry firms on Monday to settle the fees.\n\n"
        'Ann Vell, Newsline: "The ferry plan got the hearing it deserved at last."'
    )
    assert speakers(text) == {"The ferry plan got the hearing it deserved at last.": "Ann Vell"}


def test_a_label_with_a_calling_after_a_comma_names_the_speaker() -> None:
    """'Rhea Tamm, harbour pilot: "..."' is Tamm's words."""
    text = (
        "The harbour board met the ferry firms on Monday to settle the fees.\n\n"
        'Rhea Tamm, harbour pilot: "Both sides ducked the question of the harbour fees."'
    )
    assert speakers(text) == {"Both sides ducked the question of the harbour fees.": "Rhea Tamm"}


def test_a_long_aside_is_no_label() -> None:
    """A label listing several people ('Ivo Pell, Ann Vell, ... of the port board:') gives none."""
    text = (
        "The board met on Monday.\n\n"
        "Ivo Pell, Ann Vell, Jo Hale, Tom Ames and Sam Teel of the port board: "
        '"We will not sell the harbour to anyone."'
    )
    assert speakers(text) == {"We will not sell the harbour to anyone.": None}
