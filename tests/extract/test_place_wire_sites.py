"""Mines, fields and projects of invented wire stories: a place of kind other, in its country."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def _places(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    seed = Seed(path="mines.txt", sha256="0" * 64, title="Mines", paragraphs=paragraphs)
    (record,) = extract([seed])
    return {p["name"]: (p["kind"], p["country_code"]) for p in record["places"]}


def test_a_mine_is_in_the_country_after_its_noun() -> None:
    """ "the Mbeya Ridge nickel project in Tanzania" is in Tanzania, not the dateline's Zambia."""
    places = _places(
        "LUSAKA, March 3 (Wire) - Lusaka Minerals said on Tuesday that output at its Zambian"
        " pits fell, and that the Mbeya Ridge nickel project in Tanzania would be delayed."
    )
    assert places["Mbeya Ridge"] == ("other", "TZ")


def test_a_mine_named_after_a_town_is_no_town_abroad() -> None:
    """ "the Victoria gold mine in Ghana" is a mine in Ghana, not some town called Victoria."""
    places = _places(
        "ACCRA, March 3 (Wire) - Output at the Victoria gold mine in Ghana fell 8 percent in"
        " February, its owner said on Tuesday."
    )
    assert places["Victoria"] == ("other", "GH")


def test_a_field_hospital_keeps_its_town() -> None:
    """ "the Gaza field hospital": a noun after the field makes it no oilfield's name."""
    places = _places("Doctors at the Gaza field hospital said on Monday that supplies were low.")
    assert places["Gaza"][0] == "city"


def test_a_sentence_opening_in_a_country_places_its_field() -> None:
    """ "In neighbouring Kuwait, the Burgan field ...": the field is Kuwaiti in a story of two
    countries."""
    places = _places(
        "BASRA, Iraq, May 7 (Wire) - Iraq resumed exports from its southern fields on Thursday.",
        "In neighbouring Kuwait, the Burgan field was shut for repairs, officials said.",
    )
    assert places["Burgan"] == ("other", "KW")
