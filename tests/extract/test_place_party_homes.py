"""A US lawmaker's state in the party letters after the name is a place of the story, the
whole state's name and not a country inside it ("D-New Mexico" is no Mexico)."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.seeds import Seed


def places(*paragraphs: str) -> dict[str, str | None]:
    """Each place of the record extracted from the paragraphs, with its country code."""
    record: dict[str, Any] = extract([Seed("homes.txt", "0" * 64, None, paragraphs)])[0]
    return {p["name"]: p["country_code"] for p in record["places"]}


def test_a_state_in_full_after_the_party_letter_is_the_state() -> None:
    """'Sen. Lena Orrin, D-New Mexico,' names New Mexico, not the country Mexico."""
    found = places(
        "The farm bill passed the Senate on a narrow vote.",
        "“It is a good day for growers,” Sen. Lena Orrin, D-New Mexico, said after the vote.",
    )
    assert found.get("New Mexico") == "US"
    assert "Mexico" not in found


def test_abbreviated_states_in_party_letters_are_places() -> None:
    """'(D-Calif.)' and ', R-Ohio,' give California and Ohio."""
    found = places(
        "Rep. Jo Tarrant (D-Calif.) backed the bill, and Rep. Ed Varley, R-Ohio, opposed it."
    )
    assert found.get("California") == "US"
    assert found.get("Ohio") == "US"
