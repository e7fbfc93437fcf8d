"""Key points and summary: story order, no duplicates, no furniture, not worse than Lead-3."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.extract.evaluate import rouge_table

Record = Callable[[str], dict[str, Any]]


def test_key_points_start_with_the_lead_in_story_order(sample: dict[str, Any]) -> None:
    """The sample's key points are 3-5 distinct sentences, the lead first, in text order."""
    points = sample["key_points"]
    assert 3 <= len(points) <= 5 and len(set(points)) == len(points)
    body = sample["body"]
    positions = [body.index(p) for p in points]
    assert positions == sorted(positions)
    assert points[0].startswith("Syria’s interim foreign minister, Asaad al-Shaibani")


def test_captions_and_furniture_are_not_key_points(record_of: Record) -> None:
    """A verbless caption and "Scroll down for video" never become key points."""
    points = record_of("captions.txt")["key_points"]
    assert "Firefighters near the village of Varnavas on Saturday." not in points
    assert not any("Scroll down" in p for p in points)
    assert points[0].startswith("Firefighters in Athens brought a forest fire")


def test_near_duplicate_sentences_are_dropped(record_of: Record) -> None:
    """A second telling of the lead is left out in favour of new information."""
    points = record_of("duplicates.txt")["key_points"]
    assert sum("burst its banks" in p for p in points) == 1
    assert "Schools across the district stayed closed on Tuesday." in points


def test_datelines_are_not_in_key_points(record_of: Record) -> None:
    """The dateline is not part of the first key point."""
    points = record_of("dateline_year.txt")["key_points"]
    assert points[0].startswith("Iraq's parliament approved the budget")


def test_summary_is_short_and_made_of_key_points(sample: dict[str, Any]) -> None:
    """The summary has 1-3 sentences, at most ~70 words, taken from the key points."""
    summary = sample["summary"]
    assert 0 < len(summary.split()) <= 70
    assert summary.startswith(sample["key_points"][0])


def test_key_points_not_below_lead3_on_cnn(corpus: Path) -> None:
    """On the 20 CNN stories our key points score at least Lead-3 on ROUGE-1, -2 and -L."""
    table = rouge_table(corpus)
    assert table is not None
    for metric in ("rouge1", "rouge2", "rougeL"):
        assert table["ours"][metric] >= table["lead3"][metric], metric


@pytest.mark.parametrize("name", ["neutral.txt", "lead_only.txt"])
def test_short_articles_still_give_points(record_of: Record, name: str) -> None:
    """A two-sentence article gives its sentences as key points and a summary."""
    record = record_of(name)
    assert 1 <= len(record["key_points"]) <= 2
    assert record["summary"]


def test_key_points_are_paragraph_leads_when_paragraphs_have_several_sentences(
    sample: dict[str, Any],
) -> None:
    """The summary is the lead paragraph; later points open the following paragraphs."""
    assert sample["summary"].startswith("Syria’s interim foreign minister, Asaad al-Shaibani,")
    assert sample["summary"].endswith("post-Assad’s fall.")
    assert sample["key_points"][1:] == [
        "The political dynamics between Syria and Iraq have shifted markedly since Assad’s"
        " removal, as he had been a close ally of the Iraqi government.",
        "During his visit to Baghdad, Shaibani held discussions with Iraqi Foreign Minister"
        " Fuad Hussein.",
    ]
    assert not set(sample["key_points"][1:]) & set(sample["summary"].split(". "))
