"""Competitors of an invented results line: the name before a bracketed country is a person."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.seeds import Seed


def _record(*paragraphs: str) -> dict[str, Any]:
    seed = Seed(path="results.txt", sha256="0" * 64, title="Results", paragraphs=paragraphs)
    (record,) = extract([seed])
    return record


def _names(record: dict[str, Any], field: str) -> set[str]:
    return {e["name"] for e in record[field]}


def test_a_seeded_name_before_its_country_is_a_person() -> None:
    """ "1-Lili Varga (Hungary) beat ..." names a player, and her country is a place."""
    record = _record(
        "DOHA, Feb 20 (Wire) - Hungary's Lili Varga beat Nigeria's Ada Okafor on Thursday.",
        "1-Lili Varga (Hungary) beat Ada Okafor (Nigeria) 6-3 7-5",
    )
    assert "Lili Varga" in _names(record, "people")
    assert "Lili Varga" not in _names(record, "organizations")
    assert "Hungary" in _names(record, "places")


def test_a_name_the_model_left_out_before_its_country_is_read() -> None:
    """ "2. Yared Tesfaye (Ethiopia) 12:59.04": the runner is found by his bracketed country."""
    record = _record(
        "RABAT, June 1 (Wire) - Kenya's Paul Kiprop won the 5,000 metres on Sunday.",
        "Leading results: 1. Paul Kiprop (Kenya) 12:58.20 2. Yared Tesfaye (Ethiopia) 12:59.04",
    )
    assert "Yared Tesfaye" in _names(record, "people")


def test_a_club_named_after_a_big_town_is_left_a_club() -> None:
    """ "Real Madrid (Spain) 2" lists a club: a large town's name is in it."""
    record = _record(
        "MADRID, May 3 (Wire) - Results of the cup matches played on Tuesday.",
        "Real Madrid (Spain) 2 Celtic (Scotland) 1",
    )
    assert "Real Madrid" not in _names(record, "people")


def test_scorers_before_the_minutes_of_their_goals_are_people() -> None:
    """ "Scorers: Norland - Tomas Varenko (31st)": each scorer is a person, no body."""
    record = _record(
        "VELGRAD, Sept 4 (Wire) - Norland beat Estmark 2-1 in a qualifying match on Friday.",
        "The goals for the hosts went Norland - Tomas Varenko (31st), with a late one by "
        "Ilie Dranescu (75th) and for the guests Estmark - Aivar Kuusk (13th) in reply",
    )
    people = _names(record, "people")
    assert {"Tomas Varenko", "Ilie Dranescu", "Aivar Kuusk"} <= people
    assert not people & _names(record, "organizations")
