"""Mines, fields and projects of invented wire stories: a place of kind other, in its country."""

from __future__ import annotations

import pytest

from generator.extract import extract
from generator.seeds import Seed


def _places(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    seed = Seed(path="mines.txt", sha256="0" * 64, title="Mines", paragraphs=paragraphs)
    (record,) = extract([seed])
    return {p["name"]: (p["kind"], p["country_code"]) for p in record["places"]}


#: Each story, the site it names and the place the site must be.
_SITES = [
    pytest.param(
        (
            "LUSAKA, March 3 (Wire) - Lusaka Minerals said on Tuesday that output at its Zambian"
            " pits fell, and that the Mbeya Ridge nickel project in Tanzania would be delayed.",
        ),
        "Mbeya Ridge",
        ("other", "TZ"),
        id="in-the-country-after-its-noun",
    ),
    pytest.param(
        (
            "ACCRA, March 3 (Wire) - Output at the Victoria gold mine in Ghana fell 8 percent in"
            " February, its owner said on Tuesday.",
        ),
        "Victoria",
        ("other", "GH"),
        id="named-after-a-town-abroad",
    ),
    pytest.param(
        (
            "BASRA, Iraq, May 7 (Wire) - Iraq resumed exports from the south on Thursday.",
            "In neighbouring Kuwait, the Burgan field was shut for repairs, officials said.",
        ),
        "Burgan",
        ("other", "KW"),
        id="in-the-country-its-sentence-opens-with",
    ),
    pytest.param(
        (
            "BAGHDAD, May 7 (Wire) - Iraqi jets struck oil installations at Iran's southwestern"
            " Mosul field on Thursday, the agency said.",
        ),
        "Mosul",
        ("other", "IR"),
        id="in-the-country-whose-possessive-opens-it",
    ),
]


def test_a_town_after_a_is_the_town_a_works_is_in() -> None:
    """ "a Utah coal mine" is a mine in Utah: the state stays a region of the United States."""
    places = _places("Six miners were trapped in a Utah coal mine on Monday, officials said.")
    assert places["Utah"] == ("region", "US")


@pytest.mark.parametrize(("paragraphs", "site", "expected"), _SITES)
def test_a_works_is_a_site_in_the_country_the_text_gives(
    paragraphs: tuple[str, ...], site: str, expected: tuple[str, str]
) -> None:
    """A mine, field or project is a site of kind other in the country the text puts it in."""
    # After its noun ("nickel project in Tanzania"), not a namesake town abroad, or the country its
    # sentence opens with ("In neighbouring Kuwait,") in a story of two countries.
    assert _places(*paragraphs)[site] == expected


def test_a_field_hospital_keeps_its_town() -> None:
    """ "the Gaza field hospital": a noun after the field makes it no oilfield's name."""
    places = _places("Doctors at the Gaza field hospital said on Monday that supplies were low.")
    assert places["Gaza"][0] == "city"


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "Copper output at the Kanshanshi West copper mine in Zambia fell 12 percent"
            " in February.",
            "Kanshanshi West",
        ),
        ("Workers at the Mabvuto North copper mine went on strike.", "Mabvuto North"),
        ("Its Tarn Hill gold mine was shut after a flood, the firm said.", "Tarn Hill"),
    ],
)
def test_a_mines_name_is_read_whole(sentence: str, site: str) -> None:
    """The capitalised words before "copper mine" are the mine's whole name."""
    # Also the word of direction the model leaves out and a name it reads as no entity.
    places = _places("LUSAKA, May 2 (Wire) - Zambian copper output fell in April.", sentence)
    assert places.get(site, ("", ""))[0] == "other"


def test_a_partys_field_of_candidates_is_no_site() -> None:
    """ "the crowded Republican field" is a party's candidates, not a field's name."""
    places = _places("Candidates in the crowded Republican field spoke in Ohio on Monday.")
    assert "Republican" not in places
