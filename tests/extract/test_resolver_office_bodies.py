"""An office is a body that speaks ("the office said"), and a body named by a common
noun's possessive and a place ("the Dorne prosecutor's office") is the one a later bare
"the office" refers back to."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_office_refers_back_to_an_owned_office() -> None:
    """'The Dorne prosecutor's office ... ‘...,’ the office said.' is that office's."""
    text = (
        "The Dorne prosecutor's office confirmed the arrest on Friday.\n\n"
        "‘A man of 40 is being held at the harbour station,’ the office said."
    )
    assert speakers(text) == [
        ("A man of 40 is being held at the harbour station", "Dorne prosecutor's office")
    ]


def test_the_office_refers_back_to_a_named_office() -> None:
    """'The Kelby harbour office ... ‘...,’ the office said.' is that office's."""
    text = (
        "The Kelby harbour office closed the quay on Monday.\n\n"
        "‘Nobody may sail until the wall is repaired,’ the office said."
    )
    assert speakers(text) == [
        ("Nobody may sail until the wall is repaired", "Kelby harbour office")
    ]


def test_a_persons_office_is_no_body_of_its_own() -> None:
    """'Tom Vell's office ... ‘...,’ the office said.' gives no new body named after him."""
    text = (
        "Tom Vell's office confirmed the arrest on Friday.\n\n"
        "‘A man of 40 is being held at the harbour station,’ the office said."
    )
    assert speakers(text) == [("A man of 40 is being held at the harbour station", None)]
