"""The timeline: years with counts, a page per year, and in a big year a page per month."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from generator.layout import TIMELINE_PATH, timeline_month_path, timeline_year_path
from generator.record import Record
from generator.sitemodel.calendar import MONTHS, month_label, newest_first
from generator.sitemodel.refs import Ref, chain, heading_id, neighbours

#: Briefings a timeline year page lists itself; a bigger year gets a page per month.
TIMELINE_YEAR_SIZE = 250


@dataclass
class TimelineMonth:
    """A month of the timeline: its briefings and the page that lists them."""

    month: str
    records: list[Record]
    #: On a year page (under a heading) or, in a big year, on a page of its own.
    own_page: bool
    newer: Ref | None = None
    older: Ref | None = None

    @property
    def label(self) -> str:
        return month_label(self.month)

    @property
    def name(self) -> str:
        """The month without its year: ``March``."""
        return MONTHS[int(self.month[5:]) - 1]

    @property
    def nav(self) -> list[Ref]:
        """Links of a month's own page: its neighbours, its year, the timeline."""
        return [
            *neighbours(self.newer, self.older),
            Ref(f"All of {self.month[:4]}", timeline_year_path(self.month[:4])),
            Ref("All years", TIMELINE_PATH),
        ]

    @property
    def ref(self) -> Ref:
        if self.own_page:
            return Ref(self.label, timeline_month_path(self.month))
        return Ref(self.label, timeline_year_path(self.month[:4]), heading_id(self.label))

    @property
    def path(self) -> str:
        return self.ref.path


@dataclass
class TimelineYear:
    """A year of the timeline: one page, listing its briefings or linking its months."""

    year: str
    months: list[TimelineMonth]
    newer: Ref | None = None
    older: Ref | None = None

    @property
    def path(self) -> str:
        return timeline_year_path(self.year)

    @property
    def count(self) -> int:
        return sum(len(m.records) for m in self.months)

    @property
    def split(self) -> bool:
        """True when the months have pages of their own."""
        return any(m.own_page for m in self.months)

    @property
    def nav(self) -> list[Ref]:
        """Links of a year's page: its neighbours and the timeline."""
        return [*neighbours(self.newer, self.older), Ref("All years", TIMELINE_PATH)]


def by_month(records: list[Record]) -> list[tuple[str, list[Record]]]:
    """Briefings grouped by month (``YYYY-MM``), newest month first."""
    months: dict[str, list[Record]] = defaultdict(list)
    for record in newest_first(records):
        months[record["date"][:7]].append(record)
    return sorted(months.items(), reverse=True)


def timeline_years(
    months: list[tuple[str, list[Record]]], year_size: int | None = None
) -> list[TimelineYear]:
    """The timeline's pages: a year per page, newest first, a big year split by month.

    Years and months link to their newer and older neighbours, so the whole
    timeline can be walked page by page.
    """
    year_size = TIMELINE_YEAR_SIZE if year_size is None else year_size
    by_year: dict[str, list[tuple[str, list[Record]]]] = defaultdict(list)
    for month, records in months:
        by_year[month[:4]].append((month, records))
    years = []
    for year, entries in sorted(by_year.items(), reverse=True):
        split = sum(len(records) for _, records in entries) > year_size
        years.append(TimelineYear(year, [TimelineMonth(m, rs, split) for m, rs in entries]))
    chain(years, lambda y: Ref(y.year, y.path))
    chain([m for y in years for m in y.months], lambda m: m.ref)
    return years
