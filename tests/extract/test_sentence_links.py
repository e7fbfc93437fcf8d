"""A key point or summary read alone drops the word that links it to the sentence before."""

from __future__ import annotations

from typing import Any

import pytest

from generator.extract import extract
from generator.extract.sentence_links import without_link_word
from generator.seeds import Seed


def _record(*paragraphs: str) -> dict[str, Any]:
    seed = Seed(path="links.txt", sha256="0" * 64, title="Ferry", paragraphs=paragraphs)
    (record,) = extract([seed])
    return record


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("But the ferry ran on time all week.", "The ferry ran on time all week."),
        ("And in spring the fares will rise.", "In spring the fares will rise."),
        ("However, the pier stays shut.", "The pier stays shut."),
        ("Meanwhile the crew voted to strike.", "The crew voted to strike."),
    ],
)
def test_a_link_word_goes_and_the_next_word_takes_the_capital(line: str, alone: str) -> None:
    """ "But", "And", "However," and "Meanwhile" go from the start of a line read alone."""
    assert without_link_word(line) == alone


@pytest.mark.parametrize(
    "line",
    [
        "But for the tide, the ferry would have docked.",
        "Andover council met on Monday.",
        "Butchers in Tavy closed early.",
    ],
)
def test_a_condition_or_a_longer_word_stays(line: str) -> None:
    """ "But for" is a condition, and a word that only begins with a link word is no link."""
    assert without_link_word(line) == line


def test_a_point_that_opens_on_but_reads_alone() -> None:
    """A key point opening on "But" loses it; the point is the same statement."""
    record = _record(
        "The Tavy estuary ferry will stop running at night from next month, its operator said.",
        "The operator blamed a shortage of trained crew for the change to the timetable.",
        "But the company said the first boat of the morning would leave half an hour earlier.",
        "Passengers at Penhallow pier said the late boat was the only way home from work.",
    )
    assert (
        "The company said the first boat of the morning would leave half an hour earlier."
        in (record["key_points"])
    )
    assert not any(point.startswith("But ") for point in record["key_points"])


def test_a_point_that_opens_on_but_he_names_him() -> None:
    """Once "But" goes, a point opening on "He" takes the name of whom it means."""
    record = _record(
        "The Tavy estuary ferry will stop running at night from next month, its operator said.",
        "Harbour master Colm Ardagh said the crew shortage had been building for a year.",
        "But he said the night boat could return once six new deckhands were trained.",
        "Passengers at Penhallow pier said the late boat was the only way home from work.",
    )
    assert (
        "Colm Ardagh said the night boat could return once six new deckhands were trained."
        in record["key_points"]
    )
