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
    [("Ra’s al Khaymah", "Ras al Khaymah"), ("Al Jahra’", "Al Jahra"), ("Ma’rib", "Marib")],
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


def test_a_firm_named_by_a_countrys_short_form_keeps_its_acronym() -> None:
    """ "Emirates NBD": the short form of a country opens a bank's name and keeps its tail."""
    record = _record(
        "DUBAI, Jan 9 (Wire) - Emirates NBD lifted its lending forecast on Monday, and Qamar"
        " Holdings said it would list shares in Dubai."
    )
    organizations = {o["name"] for o in record["organizations"]}
    assert "Emirates NBD" in organizations
    assert "NBD" not in organizations


def test_a_short_form_before_a_word_of_no_dictionary_names_a_firm() -> None:
    """ "Saudi Aramco" is one firm; the model left its second word in no entity."""
    record = _record("RIYADH, Jan 9 (Wire) - Saudi Aramco said on Sunday it would raise prices.")
    assert "Saudi Aramco" in {o["name"] for o in record["organizations"]}


def test_a_short_form_before_a_common_word_stays_a_country() -> None:
    """ "Saudi Arabian officials" and "Saudi Crown Prince" keep the country a place."""
    places = _places(
        "RIYADH, Jan 9 (Wire) - Saudi Arabian officials said on Sunday that the Saudi Crown"
        " Prince would visit Cairo."
    )
    assert places["Saudi Arabia"] == ("country", "SA")


def test_a_short_form_before_a_good_other_places_own_stays_a_country() -> None:
    """ "Saudi LPG" beside "Japan's LPG imports": the gas is no firm, Saudi Arabia a country."""
    record = _record(
        "TOKYO, Oct 9 (Wire) - Japan's LPG imports will rise slightly next year, dealers said.",
        "Buyers of Saudi LPG expect lower volumes from the kingdom, the dealers said.",
    )
    assert "Saudi LPG" not in {o["name"] for o in record["organizations"]}


def test_a_place_and_a_firm_run_together_with_with_are_two_names() -> None:
    """ "from Alicante with Tarnjet", read as one body, is the city and the airline."""
    record = _record(
        "Passengers due to fly back from Alicante with Tarnjet on Saturday were stranded.",
        "A spokesman for Tarnjet apologised for the delay.",
    )
    assert "Alicante" in {p["name"] for p in record["places"]}
    assert {o["name"] for o in record["organizations"]} == {"Tarnjet"}
