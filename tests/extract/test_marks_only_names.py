"""A name span the model reads over bare marks is no name, and the record is still made."""

from __future__ import annotations

from typing import Any

from generator.extract import extract
from generator.seeds import Seed
from tests.extract.conftest import names


def _record(title: str, body: str) -> dict[str, Any]:
    """The record of an invented seed with this headline and one paragraph."""
    return extract([Seed("marks.txt", "0" * 64, title, (body,))])[0]


def test_a_headline_of_only_marks_gives_a_record() -> None:
    """A scraped headline of bare corner marks ("「 」") leaves the body's person in the record."""
    record = _record("\u300c \u300d", "Tamsyn Tolling said hello.")
    assert names(record["people"]) == ["Tamsyn Tolling"]


def test_a_headline_of_stray_brackets_gives_a_record() -> None:
    """A headline of a dash, stars, quotes and brackets ("–*““{(") is no name either."""
    record = _record("\u2013*\u201c\u201c{(", "Tamsyn Tolling said hello.")
    assert names(record["people"]) == ["Tamsyn Tolling"]


def test_a_headline_of_only_marks_is_no_title() -> None:
    """The title of a seed headlined "「 」" is made from its lead, as for a seed with none."""
    record = _record("\u300c \u300d", "Tamsyn Tolling opened the Harlow County fair on Monday.")
    assert "Tamsyn Tolling" in record["title"]
