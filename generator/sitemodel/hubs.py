"""Hubs: a country, person, organization, group or topic and every briefing naming it."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.layout import KINDS, hub_feed_path, hub_path
from generator.record import Record
from generator.sitemodel.calendar import newest_first
from generator.sitemodel.entities import Mention, country_display_name, country_names, mentions

HUB_PAGE_SIZE = 20
CHART_MONTHS = 24
#: Quotes a person's hub page shows; the older ones stay on their briefings' pages.
LEDGER_SIZE = 20


@dataclass(frozen=True)
class MonthCount:
    """Briefings of a hub in one month (``YYYY-MM``)."""

    month: str
    count: int


@dataclass(frozen=True)
class LedgerQuote:
    """A person's quotation, with the briefing it appeared in."""

    text: str
    record: Record


@dataclass
class Hub:
    """A country, person, organization, group or topic and every briefing naming it."""

    kind: str
    slug: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    briefings: list[Record] = field(default_factory=list)
    quotes: list[LedgerQuote] = field(default_factory=list)

    @property
    def path(self) -> str:
        return hub_path(self.kind, self.slug)

    @property
    def feed_path(self) -> str:
        return hub_feed_path(self.kind, self.slug)

    @property
    def label(self) -> str:
        return KINDS[self.kind][1]

    def pages(self, size: int = HUB_PAGE_SIZE) -> list[list[Record]]:
        """The briefings split into pages of ``size`` (at least one page)."""
        chunks = [self.briefings[i : i + size] for i in range(0, len(self.briefings), size)]
        return chunks or [[]]

    def page_bar(self, number: int, count: int) -> list[int]:
        """The page numbers page ``number`` links to (see :func:`page_bar`)."""
        return page_bar(number, count)

    @property
    def ledger(self) -> list[LedgerQuote]:
        """The newest quotes: as many as one page shows, whatever the person said overall."""
        return self.quotes[:LEDGER_SIZE]

    @property
    def older_quotes(self) -> int:
        """Quotes left off the ledger."""
        return max(0, len(self.quotes) - LEDGER_SIZE)

    def older_quotes_page(self, size: int = HUB_PAGE_SIZE) -> int:
        """The hub page listing the briefing of the newest quote left off the ledger."""
        if not self.older_quotes:
            return 1
        first = self.quotes[LEDGER_SIZE].record["id"]
        place = next(i for i, r in enumerate(self.briefings) if r["id"] == first)
        return place // size + 1

    def months(self, limit: int = CHART_MONTHS) -> list[MonthCount]:
        """Briefings per month, every month from the first to the last (the last ``limit``)."""
        counts = Counter(r["date"][:7] for r in self.briefings)
        if not counts:
            return []
        span = _month_range(min(counts), max(counts))
        return [MonthCount(m, counts.get(m, 0)) for m in span[-limit:]]


def page_bar(number: int, count: int, near: int = 2, step: int = 10) -> list[int]:
    """Pages a paginated list links to from page ``number``: first, last, the
    ``near`` either side and every ``step``-th, so any page is a few clicks
    away without listing them all."""
    shown = {1, count, *range(step, count, step)}
    shown.update(range(max(1, number - near), min(count, number + near) + 1))
    return sorted(shown)


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _most_common(values: Iterable[str]) -> list[str]:
    counts = Counter(values)
    return [v for v, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def build_hubs(records: list[Record]) -> dict[str, list[Hub]]:
    """Every hub per kind, sorted by name; briefings in each newest first."""
    members: dict[tuple[str, str], list[tuple[Record, Mention]]] = defaultdict(list)
    for record in newest_first(records):
        for kind, items in mentions(record).items():
            for item in items:
                members[(kind, item.slug)].append((record, item))
    hubs: dict[str, list[Hub]] = {kind: [] for kind in KINDS}
    # Counted once: asking every record about every country grew as N x countries.
    countries = country_names(records)
    for (kind, slug), entries in members.items():
        hubs[kind].append(_hub(kind, slug, entries, countries))
    for kind in hubs:
        hubs[kind].sort(key=lambda h: (sort_key(h.name), h.slug))
    return hubs


def _hub(
    kind: str,
    slug: str,
    entries: list[tuple[Record, Mention]],
    countries: dict[str, Counter[str]],
) -> Hub:
    names = _most_common(m.name for _, m in entries)
    code = slug.upper()
    name = country_display_name(code, countries.get(code)) if kind == "countries" else names[0]
    aliases = _most_common(a for _, m in entries for a in (*m.aliases, m.name) if a != name)
    if kind == "countries":
        aliases = []
    hub = Hub(
        kind,
        slug,
        name,
        aliases=aliases,
        roles=_most_common(m.role for _, m in entries if m.role),
        briefings=[r for r, _ in entries],
    )
    if kind == "people":
        spoken = {m.name for _, m in entries}
        hub.quotes = [
            LedgerQuote(q["text"], r)
            for r, _ in entries
            for q in r["quotes"]
            if q["speaker"] in spoken
        ]
    return hub


def sort_key(name: str) -> str:
    """Alphabetical key that ignores case and accents."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return (folded or name).casefold()


def initial(name: str) -> str:
    """The A-Z index letter of a name, or ``Other``."""
    key = sort_key(name).lstrip()
    return key[0].upper() if key and "a" <= key[0] <= "z" else "Other"


def alphabet(hubs: list[Hub]) -> list[tuple[str, list[Hub]]]:
    """Hubs grouped by initial letter, A to Z, then Other."""
    groups: dict[str, list[Hub]] = defaultdict(list)
    for hub in hubs:
        groups[initial(hub.name)].append(hub)
    return sorted(groups.items(), key=lambda item: (item[0] == "Other", item[0]))
