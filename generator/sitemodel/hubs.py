"""Hubs: a country, city, person, organization, group or topic and every briefing naming it."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.layout import KINDS, entity_slug, hub_feed_path, hub_path
from generator.record import Record, quotes_once
from generator.sitemodel.calendar import newest_first
from generator.sitemodel.entities import Mention, country_display_name, country_names, mentions
from generator.sitemodel.hub_facts import HubLink, companions, role_history

Key = tuple[str, str]  # (hub kind, slug)

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
    #: People: the roles held over time ("Foreign Minister, 2019-2023; Prime Minister, 2024-").
    history: str = ""
    #: People and organizations: who is named with them most often.
    companions: list[HubLink] = field(default_factory=list)
    #: A country's cities that have hubs; a city's country, and its code (None if unknown).
    cities: list[HubLink] = field(default_factory=list)
    country: HubLink | None = None
    country_code: str | None = None

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
    """Every hub per kind, sorted by name; briefings in each newest first.

    ``records`` name each entity as its hub does (see sitemodel.canon.hub_named).
    """
    ordered = newest_first(records)
    found = [mentions(record) for record in ordered]
    city_slugs = _city_slugs(found)
    members: dict[Key, list[tuple[Record, Mention]]] = defaultdict(list)
    keyed: list[list[Key]] = []
    for record, by_kind in zip(ordered, found, strict=True):
        keys = []
        for kind, items in by_kind.items():
            for item in items:
                slug = city_slugs[(item.slug, item.country)] if kind == "places" else item.slug
                members[(kind, slug)].append((record, item))
                keys.append((kind, slug))
        keyed.append(keys)
    hubs: dict[str, list[Hub]] = {kind: [] for kind in KINDS}
    # Counted once: asking every record about every country grew as N x countries.
    countries = country_names(records)
    newest = ordered[0]["date"][:4] if ordered else ""
    by_key: dict[Key, Hub] = {}
    for (kind, slug), entries in members.items():
        hub = _hub(kind, slug, entries, countries, newest)
        hubs[kind].append(hub)
        by_key[(kind, slug)] = hub
    _add_companions(by_key, members, keyed, ordered)
    _add_cities(by_key)
    for kind in hubs:
        hubs[kind].sort(key=lambda h: (sort_key(h.name), h.slug))
    return hubs


def _city_slugs(found: list[dict[str, list[Mention]]]) -> dict[tuple[str, str | None], str]:
    """Each city's hub slug: its name's, with its country code when two countries have one."""
    codes: dict[str, set[str | None]] = defaultdict(set)
    for by_kind in found:
        for item in by_kind["places"]:
            codes[item.slug].add(item.country)
    return {
        (slug, code): slug if len(seen) == 1 else f"{slug}-{(code or 'xx').lower()}"
        for slug, seen in codes.items()
        for code in seen
    }


def _add_companions(
    hubs: dict[Key, Hub],
    members: dict[Key, list[tuple[Record, Mention]]],
    keyed: list[list[Key]],
    ordered: list[Record],
) -> None:
    """People and organizations: who is named with them most often."""
    at = {id(record): number for number, record in enumerate(ordered)}
    names = {key: hub.name for key, hub in hubs.items()}
    for key, hub in hubs.items():
        if key[0] in ("people", "organizations"):
            briefings = (keyed[at[id(r)]] for r, _ in members[key])
            hub.companions = companions(key, briefings, names)


def _add_cities(hubs: dict[Key, Hub]) -> None:
    """A city hub links to its country's hub and the country's hub to its cities."""
    for key, hub in hubs.items():
        if key[0] != "places":
            continue
        code = hub.country_code
        country = hubs.get(("countries", code.lower())) if code else None
        if country is not None:
            hub.country = HubLink("countries", country.slug, country.name, len(hub.briefings))
            country.cities.append(HubLink("places", hub.slug, hub.name, len(hub.briefings)))
    for hub in hubs.values():
        hub.cities.sort(key=lambda link: (-link.count, sort_key(link.name), link.slug))


def _hub(
    kind: str,
    slug: str,
    entries: list[tuple[Record, Mention]],
    countries: dict[str, Counter[str]],
    newest: str,
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
        country_code=entries[0][1].country if kind == "places" else None,
    )
    if kind == "people":
        hub.history = role_history(((r["date"], m.role) for r, m in entries if m.role), newest)
    if kind == "people":
        spoken = {m.name for _, m in entries}
        hub.quotes = [
            LedgerQuote(q["text"], r)
            for r, _ in entries
            for q in quotes_once(r)
            if q["speaker"] in spoken
        ]
    return hub


def city_hubs(hubs: list[Hub]) -> dict[tuple[str, str | None], Hub]:
    """City hubs by the slug of their name and their country code, as a briefing names them
    (all names of one city hub share the slug: it is what joins them)."""
    return {(entity_slug(hub.name), hub.country_code): hub for hub in hubs}


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
