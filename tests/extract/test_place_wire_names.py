"""Places, bodies and countries of invented wire stories: marks, country aliases, firms."""

from __future__ import annotations

from typing import Any

import pytest

from generator.extract import extract
from generator.extract.gazetteer import gazetteer
from generator.seeds import Seed


def _record(*paragraphs: str) -> dict[str, Any]:
    seed = Seed(path="wire.txt", sha256="0" * 64, title="Wire", paragraphs=paragraphs)
    (record,) = extract([seed])
    return record


def _places(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    return {p["name"]: (p["kind"], p["country_code"]) for p in _record(*paragraphs)["places"]}


@pytest.mark.parametrize(
    ("written", "printed"),
    [("Ra’s al Khaymah", "Ras al Khaymah"), ("Karbala’", "Karbala"), ("Ma’rib", "Marib")],
)
def test_an_ayn_or_hamza_is_no_part_of_the_printed_name(written: str, printed: str) -> None:
    """A subdivision romanised with a mark of ayn or hamza prints without it."""
    place = gazetteer().subdivision(written)
    assert place is not None
    assert place.name == printed


def test_a_subdivision_is_found_by_its_plain_spelling() -> None:
    """News writes the marked name without its mark, and that finds the region too."""
    place = gazetteer().subdivision("Marib")
    assert place is not None and place.country_code == "YE"


def test_an_elision_before_a_capital_keeps_its_apostrophe() -> None:
    """French "d’Azur" is no ayn: the apostrophe stays."""
    place = gazetteer().subdivision("Provence-Alpes-Côte-d’Azur")
    assert place is not None and "’" in place.name


def test_the_congo_written_without_its_article_is_a_country() -> None:
    """ "Democratic Republic of Congo" is the country, with no "the" before "Congo"."""
    places = _places(
        "KINSHASA, May 2 (Wire) - Tin exports from the Democratic Republic of Congo rose in"
        " April, the mines ministry said on Friday."
    )
    assert places["Democratic Republic of the Congo"] == ("country", "CD")
