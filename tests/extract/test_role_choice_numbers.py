"""A joined role is split at its commas, not at one inside a number."""

from __future__ import annotations

from generator.extract.role_choice import mended


def test_a_number_with_a_thousands_comma_stays_whole() -> None:
    """ "represents 12,000 bus drivers" is one part of a role, not "12" and "000 ..."."""
    role = "Union steward, represents 12,000 bus drivers"
    assert mended(role) == role
