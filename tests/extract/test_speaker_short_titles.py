"""A description refers back to the one person whose abbreviated title it writes in full."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_doctor_is_the_person_titled_dr_under_another_role() -> None:
    """'Its medical director, Dr. Jo Ames, ... "...," the doctor said.' gives Ames."""
    text = (
        "A clinic in Tarnville closed its doors for a week.\n\n"
        "The clinic's medical director, Dr. Joel Ambry, told reporters the clinic had hired"
        ' six new nurses. "We have made real changes," the doctor said.'
    )
    assert speakers(text) == [("We have made real changes", "Joel Ambry")]
