"""Briefings per month as an inline SVG chart, readable without colour or script."""

from __future__ import annotations

from markupsafe import Markup

from generator.sitemodel.calendar import MONTHS, month_label
from generator.sitemodel.hubs import MonthCount

_BAR_WIDTH = 40
_CHART_HEIGHT = 90


def chart_svg(months: list[MonthCount]) -> Markup:
    """Briefings per month as inline SVG: bars with their numbers and month labels.

    Text carries the data (count above each bar, month below, a title), so the
    chart reads without colour and without script.
    """
    if not months:
        return Markup("")
    top = max(m.count for m in months) or 1
    width = _BAR_WIDTH * len(months) + 8
    summary = ", ".join(f"{month_label(m.month)}: {m.count}" for m in months)
    parts = [
        f'<svg class="hub-chart" role="img" aria-labelledby="chart-title" '
        f'viewBox="0 0 {width} {_CHART_HEIGHT + 46}" width="{width}" '
        f'height="{_CHART_HEIGHT + 46}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">Briefings per month: {summary}</title>',
    ]
    for index, month in enumerate(months):
        x = 4 + index * _BAR_WIDTH
        middle = x + _BAR_WIDTH // 2
        height = round(_CHART_HEIGHT * month.count / top)
        y = 16 + _CHART_HEIGHT - height
        parts.append(
            f'<rect class="hub-chart__bar" x="{x + 3}" y="{y}" width="{_BAR_WIDTH - 6}" '
            f'height="{height}"/>'
            f'<text x="{middle}" y="{y - 3}" text-anchor="middle">{month.count}</text>'
            f'<text x="{middle}" y="{_CHART_HEIGHT + 29}" text-anchor="middle">'
            f"{MONTHS[int(month.month[5:]) - 1][:3]}</text>"
        )
        if index == 0 or month.month.endswith("-01"):  # the year where it starts or turns
            parts.append(
                f'<text x="{middle}" y="{_CHART_HEIGHT + 42}" '
                f'text-anchor="middle">{month.month[:4]}</text>'
            )
    parts.append("</svg>")
    # One line: Markdown keeps a block of raw HTML only while it has no blank line.
    return Markup("".join(parts))
