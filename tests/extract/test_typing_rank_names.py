"""A name the model missed after a capitalised rank ("Detective Constable Ann Baker") is a
person when the name says something; and given names common in the news give a sex."""

from __future__ import annotations

from generator.extract.referent_given_names import given_name_sex
from tests.extract.test_quotes import speakers


def test_a_name_after_a_capitalised_rank_speaks() -> None:
    """'Detective Constable Mark Tarrant, of Wexmoor Police, said: ‘...’' is Mark Tarrant's."""
    found = speakers(
        "A van was stolen from a farmyard near Kelby overnight.\n\n"
        "Detective Constable Mark Tarrant, of Wexmoor Police, said: ‘We are keen to hear "
        "from anyone who saw a white van on the lane.’"
    )
    assert found == [
        ("We are keen to hear from anyone who saw a white van on the lane.", "Mark Tarrant")
    ]


def test_given_names_of_one_sex_from_across_europe() -> None:
    """Magnus, Piotr and Lars are men's names; Judit and Marisol women's."""
    assert [given_name_sex(n) for n in ("Magnus Orr", "Piotr Lenz", "Lars Vik")] == ["m"] * 3
    assert [given_name_sex(n) for n in ("Judit Sarn", "Marisol Quenby")] == ["f"] * 2
