"""Offices in the paragraph after a name that are someone else's: one joined to another
person, or an official a death or a trial brings in."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import extract
from tests.extract.test_seeds import seed_from


@pytest.mark.parametrize(
    "said",
    # The parser reads one as a later description, the other as the office taken up next.
    [
        "Nothing will get in the way of a united party.",
        "Nothing is going to get in the way of a united party.",
    ],
)
def test_an_office_joined_to_another_person_gives_no_role(tmp_path: Path, said: str) -> None:
    """ "The prime minister and his chancellor arrived" names two people: no role from it."""
    text = (
        "Leaders criticised by MPs\n\n"
        "Labour MPs have criticised Tom Vane and Ann Dale amid reports of a rift between the two."
        f'\n\nMr Vane told the meeting on Monday: "{said}"'
        "\n\nThe prime minister and his chancellor arrived within seconds of each other for the"
        " meeting and were in good spirits.\n"
    )
    people = {p["name"]: p["role"] for p in extract([seed_from(tmp_path, text)])[0]["people"]}
    assert "and" not in (people["Tom Vane"] or "")


def test_an_official_of_a_death_is_not_the_dead_person(tmp_path: Path) -> None:
    """ "Tom Vane ... died in hospital. / The medical examiner ruled his death a homicide."."""
    text = (
        "Man died after arrest\n\n"
        "Tom Vane, 41, was arrested in Kelby in March after a struggle with officers.\n\n"
        "Tom Vane was left brain dead after the arrest and later died in hospital, a week after"
        " the encounter with police.\n\n"
        "The medical examiner ruled his death a homicide, caused by a lack of oxygen.\n"
    )
    people = {p["name"]: p["role"] for p in extract([seed_from(tmp_path, text)])[0]["people"]}
    assert "examiner" not in (people["Tom Vane"] or "")
