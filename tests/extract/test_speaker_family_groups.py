"""A family named for its surname speaks as a family: "the Vell family said" gives no one
person of that name the family's words."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_family_of_a_victim_is_not_the_victim() -> None:
    """'the Vell family said' after Maggie Vell was shot: not Maggie Vell's words."""
    text = (
        "Maggie Vell, 19, was shot by an officer in her home last year.\n\n"
        "‘We welcome the decision to bring charges against the officer,’ the Vell family "
        "said in a statement."
    )
    quote = "We welcome the decision to bring charges against the officer"
    assert speakers(text) == [(quote, None)]


def test_the_family_is_no_one_of_two_vells() -> None:
    """'the Vell family said' with two Vells named: neither of them speaks for it."""
    text = (
        "Troy Vell, 50, and his daughter Maggie Vell were in the house.\n\n"
        "‘We want answers,’ the Vell family said."
    )
    assert speakers(text) == [("We want answers", None)]


def test_a_named_member_of_the_family_still_speaks() -> None:
    """'Troy Vell, Maggie's father, said': the father speaks, family noun or not."""
    text = (
        "Maggie Vell, 19, was shot by an officer in her home last year.\n\n"
        "‘We want answers,’ said Troy Vell, her father."
    )
    assert speakers(text) == [("We want answers", "Troy Vell")]
