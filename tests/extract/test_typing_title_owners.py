"""A name right before a title and a full name is the title's town or body, no person."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def _record(*paragraphs: str) -> dict[str, list[dict[str, object]]]:
    seed = Seed(path="owners.txt", sha256="0" * 64, title="Owners", paragraphs=paragraphs)
    (record,) = extract([seed])
    return record


def test_the_town_before_a_mayors_title_is_a_place() -> None:
    """ "said Cedar Rapids Mayor Kay Vell": the town is a place, the mayor the one person."""
    record = _record('"We are doing everything we can," said Cedar Rapids Mayor Kay Vell.')
    assert [p["name"] for p in record["people"]] == ["Kay Vell"]
    assert "Cedar Rapids" in {p["name"] for p in record["places"]}
