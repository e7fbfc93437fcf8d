"""Offices in the paragraph after a name that are someone else's: one joined to another
person, or an official a death brings in."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import extract
from tests.extract.test_seeds import seed_from


def _roles(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {p["name"]: p["role"] for p in extract([seed_from(tmp_path, text)])[0]["people"]}


@pytest.mark.parametrize(
    "said",
    # The parser reads one as a later description, the other as the office taken up next.
    ["No quarrel will split this council.", "Nobody is going to split this council now."],
)
def test_an_office_joined_to_another_person_gives_no_role(tmp_path: Path, said: str) -> None:
    """ "The mayor and his deputy walked in" names two people: no role from it."""
    text = (
        "Council leaders under fire\n\n"
        "Councillors have attacked Tom Vane and Ann Dale over claims that the pair have"
        " fallen out.\n\n"
        f'Mr Vane told the chamber on Monday: "{said}"\n\n'
        "The mayor and his deputy walked into the chamber together for the vote and looked"
        " relaxed.\n"
    )
    assert "and" not in (_roles(tmp_path, text)["Tom Vane"] or "")


def test_an_official_of_a_death_is_not_the_dead_person(tmp_path: Path) -> None:
    """ "Tom Vane ... died in hospital. / The medical examiner said his death was ..."."""
    text = (
        "Man died after arrest\n\n"
        "Tom Vane, 41, was arrested in Kelby in March after a struggle with officers.\n\n"
        "Tom Vane never woke up after the struggle and died in hospital a week later, his"
        " family said.\n\n"
        "The medical examiner said his death was caused by a lack of oxygen.\n"
    )
    assert "examiner" not in (_roles(tmp_path, text)["Tom Vane"] or "")


def test_two_offices_of_one_person_still_describe_them(tmp_path: Path) -> None:
    """ "The former UN envoy and Irish senator said" is one person: it still gives a role."""
    text = (
        "Aid plan praised\n\n"
        "Aid groups have praised a plan drawn up by Ann Dale to feed children in Tarland.\n\n"
        "The former UN envoy and Irish senator said the plan would save thousands of lives.\n"
    )
    assert "envoy" in (_roles(tmp_path, text)["Ann Dale"] or "")
