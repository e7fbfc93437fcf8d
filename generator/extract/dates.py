"""The date of a briefing, from what the seed states.

Front matter wins (a date, a timestamp such as "2025-03-04T10:00:00Z" or
"2025-03-01-08-15-00", or a written date such as "4 March 2025"); then the date
the article's furniture gives: a dateline with a year, a date stamp
("Published: 10:32 GMT, 4 March 2025") or a byline's date, all recorded as
`dateline`. A dateline without a year ("ATHENS, March 27 -") is not a full
date, so the result is None and the caller records the ingest date instead
(and says so).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.datelines import find_date
from generator.seeds import Seed


def _iso(value: Any) -> str | None:
    """A front-matter date as YYYY-MM-DD (front matter is read with every scalar as text)."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return find_date(value)
    return None


def date_of(seed: Seed) -> tuple[str | None, str]:
    """(YYYY-MM-DD or None, where it came from: "front matter", "page" (a web page's or
    feed item's metadata), "dateline" or "none")."""
    front = _iso(seed.front_matter.get("date"))
    if front:
        return front, "front matter"
    if seed.page_date:
        return seed.page_date, "page"
    if seed.dateline_date:
        return seed.dateline_date, "dateline"
    return None, "none"
