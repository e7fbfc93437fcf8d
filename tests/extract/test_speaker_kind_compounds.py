"""A noun for any kind of body with a noun compounded on it ("the ballet company", "the
sauce firm") refers back to the one body whose name holds the compounded noun."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_ballet_company_is_the_ballet_named_before() -> None:
    """'The ballet company said' after Tarnbury Ballet: the ballet's words."""
    text = (
        "Two Tarnbury Ballet dancers were cleared on Monday.\n\n"
        "One had worked for Tarnbury Ballet for ten years.\n\n"
        "The ballet company said the pair had 'broken the rules it sets for all staff'."
    )
    assert speakers(text) == [("broken the rules it sets for all staff", "Tarnbury Ballet")]


def test_the_sauce_firm_is_the_one_body_holding_sauce() -> None:
    """'The sauce firm said' with Brannock Sauce Works and Kelby Council named: the works."""
    text = (
        "A diner in Kelby found a beetle in a jar from Brannock Sauce Works, and Kelby Council "
        "has opened an inquiry.\n\n"
        "The sauce firm said it would pay only for 'clear proof the beetle was in the jar'."
    )
    assert speakers(text) == [("clear proof the beetle was in the jar", "Brannock Sauce Works")]
