"""Dates as the pages show them, and the newest-first order every list of briefings uses."""

from __future__ import annotations

from collections.abc import Iterable

from generator.record import Record

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_label(month: str) -> str:
    """``2025-03`` -> ``March 2025`` (English, independent of the locale)."""
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"


def date_label(date: str) -> str:
    """``2025-03-14`` -> ``14 March 2025``."""
    year, month, day = date.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def newest_first(records: Iterable[Record]) -> list[Record]:
    """Records by date, newest first; the id breaks ties so the order is total."""
    by_id = sorted(records, key=lambda r: r["id"])
    return sorted(by_id, key=lambda r: r["date"], reverse=True)
