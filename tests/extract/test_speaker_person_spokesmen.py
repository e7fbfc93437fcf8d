"""A spokesman for a person speaks for that person, not as a body named after them."""

from __future__ import annotations

from tests.extract.test_quote_frames import speakers


def test_a_spokesman_for_a_named_person_is_not_that_person() -> None:
    """'A spokesman for Harriet Quillby said' names no speaker; 'for Tarnjet' is the firm's."""
    person = (
        "Fans queued for hours outside the theatre in Dornwick on Saturday.\n\n"
        "A spokesman for Harriet Quillby said: 'She is thrilled by the response.'"
    )
    assert speakers(person) == {"She is thrilled by the response.": None}
    firm = (
        "Prices rose at the shops in Dornwick this week.\n\n"
        "A spokesman for Tarnjet said: 'We are sorry for the delays.'"
    )
    assert speakers(firm) == {"We are sorry for the delays.": "Tarnjet"}
