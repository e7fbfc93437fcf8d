"""Roles: titles before names and appositives, as the text states them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.extract.conftest import by_name

Record = Callable[[str], dict[str, Any]]


def role(record: dict[str, Any], name: str) -> str | None:
    """The role of one person of a record."""
    value = by_name(record["people"], name)["role"]
    assert value is None or isinstance(value, str)
    return value


def test_title_before_the_name(record_of: Record) -> None:
    """ "Iraqi Foreign Minister Fuad Hussein" gives the role "Iraqi Foreign Minister"."""
    assert role(record_of("roles.txt"), "Fuad Hussein") == "Iraqi Foreign Minister"


def test_appositive_after_the_name(record_of: Record) -> None:
    """ "Hakan Fidan, Turkey's foreign minister," gives "Turkey's foreign minister"."""
    assert role(record_of("roles.txt"), "Hakan Fidan") == "Turkey's foreign minister"


def test_appositive_before_the_name(record_of: Record) -> None:
    """ "the Turkish trade minister, Omer Bolat" gives the role without the article."""
    assert role(record_of("roles.txt"), "Omer Bolat") == "Turkish trade minister"


def test_title_with_organization_and_article(record_of: Record) -> None:
    """ "the IS leader Abu Hafs al-Hashimi" gives "IS leader"."""
    assert role(record_of("roles.txt"), "Abu Hafs al-Hashimi") == "IS leader"


def test_possessive_pronoun_is_not_part_of_the_role(record_of: Record) -> None:
    """ "his Syrian counterpart, Nidal Shaar" gives "Syrian counterpart"."""
    assert role(record_of("roles.txt"), "Nidal Shaar") == "Syrian counterpart"


def test_no_role_when_the_text_states_none(record_of: Record) -> None:
    """A person named without a title or appositive has role None."""
    assert role(record_of("merging.txt"), "Asaad al-Shaibani") is None


def test_relative_clause_is_not_a_role(record_of: Record) -> None:
    """ "Sara Okafor, who took office in May," keeps the title before the name only."""
    assert role(record_of("quotes_curly.txt"), "Sara Okafor") == "Health Minister"
