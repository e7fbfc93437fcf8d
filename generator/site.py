"""Records -> the pages of the site, as plain data for the templates.

Nothing here knows Markdown or HTML: the models hold record values and page
paths (relative to the docs folder, e.g. ``people/fuad-hussein.md``), and the
templates turn them into pages. Every list is sorted with a total order so
that the same records always give the same pages.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import posixpath
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pycountry
from slugify import slugify

Record = dict[str, Any]

#: Hub kinds in the order the site presents them, with their labels.
KINDS: dict[str, tuple[str, str]] = {
    "countries": ("Countries", "Country"),
    "people": ("People", "Person"),
    "organizations": ("Organizations", "Organization"),
    "groups": ("Groups", "Group"),
    "topics": ("Topics", "Topic"),
}
HUB_PAGE_SIZE = 20
HOME_SIZE = 12
RELATED_SIZE = 5
CHART_MONTHS = 24
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
# Slugs that would collide with the generated index page of a kind.
_RESERVED_SLUGS = frozenset({"index"})


# --- paths ------------------------------------------------------------------------


def briefing_path(record_id: str) -> str:
    """Docs-relative path of a briefing page."""
    return f"briefings/{record_id}.md"


def hub_path(kind: str, slug: str, page: int = 1) -> str:
    """Docs-relative path of page ``page`` of a hub."""
    return f"{kind}/{slug}.md" if page == 1 else f"{kind}/{slug}/page-{page}.md"


def hub_feed_path(kind: str, slug: str) -> str:
    """Docs-relative path of a hub's Atom feed."""
    return f"{kind}/{slug}/feed.xml"


def relative(from_page: str, target: str) -> str:
    """Link from one docs file to another, as MkDocs resolves Markdown links."""
    return _relative(posixpath.dirname(from_page) or ".", target)


@functools.lru_cache(maxsize=65536)
def _relative(folder: str, target: str) -> str:
    # Cached: pages link to the same hubs over and over, and relpath is slow.
    return posixpath.relpath(target, folder)


_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def is_slug(value: object) -> bool:
    """True for a record id shape: lower-case ASCII words joined by single hyphens."""
    return isinstance(value, str) and len(value) <= 80 and bool(_SLUG.match(value))


@functools.lru_cache(maxsize=65536)
def entity_slug(name: str) -> str:
    """URL slug of an entity name; never empty, never a reserved page name."""
    slug = slugify(name, max_length=80, word_boundary=True)
    if not slug:  # a name of symbols only still needs a stable page
        slug = "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-1" if slug in _RESERVED_SLUGS else slug


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


# --- entities -----------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One entity as a briefing names it, and the hub it links to."""

    kind: str
    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None

    @property
    def path(self) -> str:
        return hub_path(self.kind, self.slug)


def country_name(code: str, records: Iterable[Record]) -> str:
    """The name readers know for a country: as records write it, else pycountry's."""
    names = Counter(
        place["name"]
        for record in records
        for place in record["places"]
        if place["kind"] == "country" and place["country_code"] == code
    )
    if names:
        return _most_common(names.elements())[0]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def _named(kind: str, entries: Iterable[dict[str, Any]]) -> list[Mention]:
    return [
        Mention(
            kind, entity_slug(e["name"]), e["name"], tuple(e.get("aliases") or ()), e.get("role")
        )
        for e in entries
    ]


def mentions(record: Record) -> dict[str, list[Mention]]:
    """Every hub a record belongs to, per kind, in the record's order, each once."""
    countries: list[Mention] = []
    for place in record["places"]:
        code = place["country_code"]
        if code:
            countries.append(Mention("countries", code.lower(), code))
    found = {
        "countries": countries,
        "people": _named("people", record["people"]),
        "organizations": _named("organizations", record["organizations"]),
        "groups": _named("groups", record["groups"]),
        "topics": [Mention("topics", entity_slug(t), t) for t in record["topics"]],
    }
    return {kind: _unique(items) for kind, items in found.items()}


def _unique(items: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.slug not in seen:
            seen.add(item.slug)
            out.append(item)
    return out


# --- hubs ---------------------------------------------------------------------------


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

    def months(self, limit: int = CHART_MONTHS) -> list[MonthCount]:
        """Briefings per month, every month from the first to the last (the last ``limit``)."""
        counts = Counter(r["date"][:7] for r in self.briefings)
        if not counts:
            return []
        span = _month_range(min(counts), max(counts))
        return [MonthCount(m, counts.get(m, 0)) for m in span[-limit:]]


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
    for (kind, slug), entries in members.items():
        hubs[kind].append(_hub(kind, slug, entries, records))
    for kind in hubs:
        hubs[kind].sort(key=lambda h: (sort_key(h.name), h.slug))
    return hubs


def _hub(kind: str, slug: str, entries: list[tuple[Record, Mention]], records: list[Record]) -> Hub:
    names = _most_common(m.name for _, m in entries)
    name = country_name(slug.upper(), records) if kind == "countries" else names[0]
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


# --- briefings ------------------------------------------------------------------------


def related(record: Record, records: list[Record], limit: int = RELATED_SIZE) -> list[Record]:
    """Other briefings sharing the most entities and topics (at least one), best first."""
    return RelatedIndex(records).of(record, limit)


class RelatedIndex:
    """Which briefings share hubs with which: built once for the whole site.

    Comparing every pair of records' mentions was quadratic in slugify calls
    (over a minute for 1000 records); the inverted index counts only pairs
    that share something, with the counting and sorting done by C built-ins.
    """

    def __init__(self, records: list[Record]) -> None:
        ordered = newest_first(records)
        self.by_id = {r["id"]: r for r in ordered}
        #: Position in newest-first order: the tie-break among equal scores.
        self.position = {r["id"]: index for index, r in enumerate(ordered)}
        self.keys = {r["id"]: _keys(r) for r in ordered}
        self.ids_by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
        for record_id, keys in self.keys.items():
            for key in keys:
                self.ids_by_key[key].append(record_id)

    def of(self, record: Record, limit: int = RELATED_SIZE) -> list[Record]:
        """The ``limit`` best related briefings of ``record``: most shared, then newest."""
        shared: Counter[str] = Counter()
        for key in self.keys.get(record["id"]) or _keys(record):
            shared.update(self.ids_by_key.get(key, ()))
        shared.pop(record["id"], None)
        if not shared:
            return []
        threshold = heapq.nlargest(limit, shared.values())[-1]
        candidates = sorted(
            (i for i, n in shared.items() if n >= threshold), key=self.position.__getitem__
        )
        candidates.sort(key=shared.__getitem__, reverse=True)  # stable: newest first kept
        return [self.by_id[i] for i in candidates[:limit]]


def _keys(record: Record) -> set[tuple[str, str]]:
    return {(kind, m.slug) for kind, items in mentions(record).items() for m in items}


@dataclass(frozen=True)
class PlaceView:
    """A place on a briefing page; it links to its country's hub when it has one."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    country: Mention | None


@dataclass(frozen=True)
class QuoteView:
    """A quotation and, when the speaker has a hub, the link to it."""

    text: str
    speaker: str | None
    speaker_hub: Mention | None


@dataclass
class BriefingPage:
    """Everything the briefing template shows."""

    record: Record
    people: list[Mention]
    organizations: list[Mention]
    groups: list[Mention]
    topics: list[Mention]
    places: list[PlaceView]
    quotes: list[QuoteView]
    related: list[Record]

    @property
    def path(self) -> str:
        return briefing_path(self.record["id"])


def briefing_page(record: Record, index: RelatedIndex, names: dict[str, str]) -> BriefingPage:
    """The model of one briefing page; ``names`` maps country codes to hub names."""
    found = mentions(record)
    speakers = {m.name: m for m in (*found["people"], *found["organizations"])}
    places = [
        PlaceView(
            p["name"],
            p["kind"],
            tuple(p["aliases"]),
            Mention("countries", p["country_code"].lower(), names[p["country_code"]])
            if p["country_code"]
            else None,
        )
        for p in record["places"]
    ]
    return BriefingPage(
        record=record,
        people=found["people"],
        organizations=found["organizations"],
        groups=found["groups"],
        topics=found["topics"],
        places=places,
        quotes=[
            QuoteView(q["text"], q["speaker"], speakers.get(q["speaker"] or ""))
            for q in record["quotes"]
        ],
        related=index.of(record),
    )


# --- timeline and the whole site -----------------------------------------------------


def timeline(records: list[Record]) -> list[tuple[str, list[Record]]]:
    """Briefings grouped by month (``YYYY-MM``), newest month first."""
    months: dict[str, list[Record]] = defaultdict(list)
    for record in newest_first(records):
        months[record["date"][:7]].append(record)
    return sorted(months.items(), reverse=True)


@dataclass
class SiteModel:
    """The whole site: what the renderer turns into pages and feeds."""

    records: list[Record]
    briefings: list[BriefingPage]
    hubs: dict[str, list[Hub]]
    timeline: list[tuple[str, list[Record]]]

    @property
    def latest(self) -> list[Record]:
        return self.records[:HOME_SIZE]


def build_site_model(records: list[Record], *, production: bool) -> SiteModel:
    """The site for these records; production leaves drafts out of everything."""
    shown = newest_first(r for r in records if not (production and r["status"] == "draft"))
    hubs = build_hubs(shown)
    names = {hub.slug.upper(): hub.name for hub in hubs["countries"]}
    index = RelatedIndex(shown)
    return SiteModel(
        records=shown,
        briefings=[briefing_page(r, index, names) for r in shown],
        hubs=hubs,
        timeline=timeline(shown),
    )
