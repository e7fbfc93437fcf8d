"""Teams of invented results and standings tables whose line breaks were lost."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.seeds import Seed


def _record(title: str, *paragraphs: str) -> dict[str, Any]:
    seed = Seed(path="table.txt", sha256="0" * 64, title=title, paragraphs=paragraphs)
    (record,) = extract([seed])
    return record


def _names(record: dict[str, Any], field: str) -> set[str]:
    return {e["name"] for e in record[field]}


def test_towns_of_a_results_table_are_clubs() -> None:
    """ "Kendal 2 Selby 0 Bodmin 1 Ripon 1": each town opening a score is its club."""
    record = _record(
        "Northern county league results",
        "Scores of the northern county league matches played on Saturday: "
        "Kendal 2 Selby 0 Bodmin 1 Ripon 1 Penrith 3 Buxton 2",
    )
    clubs = {"Kendal", "Selby", "Bodmin", "Ripon", "Penrith", "Buxton"}
    assert clubs <= _names(record, "organizations")
    assert not clubs & _names(record, "places")


def test_rows_of_a_standings_table_in_capitals_name_their_teams() -> None:
    """ "EASTERN GROUP W L GB KENDAL 9 2 -": the team is the known town at the row's end."""
    record = _record(
        "Quoits season standings",
        "Standings of the quoits league: EASTERN GROUP W L GB KENDAL 9 2 - SELBY 7 4 2 "
        "BODMIN 5 6 4 RIPON 3 8 6",
    )
    assert {"Kendal", "Selby", "Bodmin", "Ripon"} <= _names(record, "organizations")
    assert not any("Group" in name or "GROUP" in name for name in _names(record, "organizations"))


def test_countries_of_a_results_table_stay_places() -> None:
    """ "Norway 2 Chile 1": a nation's side is written as the nation, a place."""
    record = _record(
        "Friendly internationals",
        "Results of friendly matches on Wednesday: Norway 2 Chile 1 Kenya 0 Peru 0 Ghana 3 Nepal 1",
    )
    assert {"Norway", "Chile", "Kenya"} <= _names(record, "places")
    assert not {"Norway", "Chile", "Kenya"} & _names(record, "organizations")


def test_towns_with_numbers_in_a_text_about_no_sport_stay_places() -> None:
    """ "Kendal 14 Selby 12 Bodmin 15": a weather report's towns, no table of teams."""
    record = _record(
        "Midday temperatures",
        "Midday temperatures in Celsius across the region on Tuesday: "
        "Kendal 14 Selby 12 Bodmin 15 Ripon 11",
    )
    assert not {"Kendal", "Selby", "Bodmin"} & _names(record, "organizations")


def test_a_fixture_under_a_table_names_two_teams() -> None:
    """ "Postponed: Hexford v Morley Vale": two clubs, not one body named with its "v"."""
    record = _record(
        "Dales league results",
        "Scores of the dales league matches played on Saturday: "
        "Kendal 2 Selby 0 Bodmin 1 Ripon 1 Penrith 3 Buxton 2 "
        "Postponed: Hexford v Morley Vale",
    )
    organizations = _names(record, "organizations")
    assert {"Hexford", "Morley Vale"} <= organizations
    assert not any(" v " in name for name in organizations)


def test_a_schedule_line_in_capitals_names_the_teams_of_its_table() -> None:
    """ "FRESNO SANTA ROSA EL CENTRO" of the next pairings: three teams, not one name."""
    record = _record(
        "Quoits season standings",
        "The quoits league ladder reads TULSA 12 3 EL CENTRO 10 5 SANTA ROSA 8 7 FRESNO 4 11. "
        "NEXT THURSDAY TULSA AT FRESNO "
        "SANTA ROSA EL CENTRO",
    )
    organizations = _names(record, "organizations")
    assert {"Tulsa", "Fresno", "Santa Rosa", "El Centro"} <= organizations
    assert len(organizations) == 4


def test_towns_with_prices_in_a_market_report_stay_places() -> None:
    """ "Kendal 381.5 Selby 380.9": a market's quotes by town in a text of trading results."""
    record = _record(
        "Wool auction results",
        "Wool fetched these prices at the regional auctions, the results showed: "
        "Kendal 381.5 Selby 380.9 Bodmin 382.1 Ripon 379.8",
    )
    assert not {"Kendal", "Selby", "Bodmin"} & _names(record, "organizations")
