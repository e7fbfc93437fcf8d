"""The date of a briefing, from what the seed states.

Front matter wins; then a dateline that gives a year. A dateline without a
year ("ATHENS, March 27 -") is not a full date, so the result is None and
the caller records the ingest date instead (and says so).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.seeds import Seed


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()[:10]
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    return None


def date_of(seed: Seed) -> tuple[str | None, str]:
    """(YYYY-MM-DD or None, where it came from: "front matter", "dateline" or "none")."""
    front = _iso(seed.front_matter.get("date"))
    if front:
        return front, "front matter"
    if seed.dateline_date:
        return seed.dateline_date, "dateline"
    return None, "none"
