"""The table `make eval` prints: one row per measure and half, ours beside the peer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One figure of one half; `peer` is None where no stock system does the job."""

    measure: str
    half: str
    ours: float | None
    peer: float | None = None
    #: How many items the figure is over ("57 docs", "412 quotes").
    count: str = ""
    #: "share" prints 0.xxx, "percent" prints xx.x%, "rouge" prints xx.xx, "ratio" x.xx.
    style: str = "share"


def _cell(value: float | None, style: str) -> str:
    if value is None:
        return "-"
    if style == "percent":
        return f"{100 * value:.1f}%"
    if style == "rouge":
        return f"{100 * value:.2f}"
    if style == "ratio":
        return f"{value:.2f}x"
    return f"{value:.3f}"


def _diff(row: Row) -> str:
    if row.ours is None or row.peer is None or row.style == "ratio":
        return ""
    delta = row.ours - row.peer
    if row.style == "percent":
        return f"{100 * delta:+.1f}%"
    if row.style == "rouge":
        return f"{100 * delta:+.2f}"
    return f"{delta:+.3f}"


def table(rows: Iterable[Row]) -> str:
    """The rows as an aligned text table."""
    rows = list(rows)
    width = max([len(r.measure) for r in rows] + [24]) + 2
    header = f"{'set / measure':<{width}}{'half':<7}{'ours':>8}{'peer':>9}{'diff':>9}   n"
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row.measure:<{width}}{row.half:<7}{_cell(row.ours, row.style):>8}"
            f"{_cell(row.peer, row.style):>9}{_diff(row):>9}   {row.count}".rstrip()
        )
    return "\n".join(lines)


def grouped(rows: Iterable[Row]) -> list[Row]:
    """The rows with each measure's halves together, measures in their first order."""
    order: dict[str, list[Row]] = {}
    for row in rows:
        order.setdefault(row.measure, []).append(row)
    return [row for group in order.values() for row in group]
