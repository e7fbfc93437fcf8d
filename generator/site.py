"""Records -> the pages of the site, as plain data for the templates.

Nothing here knows Markdown or HTML: the models hold record values and page
paths (relative to the docs folder, e.g. ``people/fuad-hussein.md``), and the
templates turn them into pages. Every list is sorted with a total order so
that the same records always give the same pages.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import heapq
import itertools
import posixpath
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

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
#: Quotes a person's hub page shows; the older ones stay on their briefings' pages.
LEDGER_SIZE = 20
#: Hubs one A-Z index page lists; a kind with more gets a page per letter
#: (and a letter with more, several pages).
INDEX_PAGE_SIZE = 300
#: Hubs a split A-Z index names on its first page: the most mentioned.
INDEX_TOP_SIZE = 30
#: Briefings a timeline year page lists itself; a bigger year gets a page per month.
TIMELINE_YEAR_SIZE = 250
#: Hubs with more members than this (a big country, a broad topic) relate
#: everything to everything: they only break ties and fill gaps (see RelatedIndex).
RELATED_HUB_MAX = 200
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
    return _country_name(code, country_names(records).get(code))


def country_names(records: Iterable[Record]) -> dict[str, Counter[str]]:
    """How records name each country (by code), counted in one pass over all records."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        for place in record["places"]:
            if place["kind"] == "country" and place["country_code"]:
                names[place["country_code"]][place["name"]] += 1
    return names


def _country_name(code: str, names: Counter[str] | None) -> str:
    if names:
        return min(names.items(), key=lambda item: (-item[1], item[0]))[0]
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
    name = _country_name(code, countries.get(code)) if kind == "countries" else names[0]
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

    Hubs with more than ``RELATED_HUB_MAX`` members are not counted through:
    one big country or topic would make thousands of candidates for each of
    its briefings, so the work per briefing would grow with N. They only break
    ties between candidates found through smaller hubs, and when those give
    too few, offer the briefings nearest in time within the big hub.
    """

    def __init__(self, records: list[Record], hub_max: int | None = None) -> None:
        hub_max = RELATED_HUB_MAX if hub_max is None else hub_max
        ordered = newest_first(records)
        self.by_id = {r["id"]: r for r in ordered}
        #: Position in newest-first order: the tie-break among equal scores.
        self.position = {r["id"]: index for index, r in enumerate(ordered)}
        self.keys = {r["id"]: _keys(r) for r in ordered}
        members: dict[tuple[str, str], list[str]] = defaultdict(list)
        for record_id, keys in self.keys.items():
            for key in keys:
                members[key].append(record_id)
        self.ids_by_key = {k: ids for k, ids in members.items() if len(ids) <= hub_max}
        #: Big hubs: members and their positions, both newest first (for bisect).
        self.huge = {
            k: (ids, [self.position[i] for i in ids])
            for k, ids in members.items()
            if len(ids) > hub_max
        }
        self.huge_sets = {k: frozenset(ids) for k, (ids, _) in self.huge.items()}

    def of(self, record: Record, limit: int = RELATED_SIZE) -> list[Record]:
        """The ``limit`` best related briefings of ``record``: most hubs shared, then newest."""
        record_id = record["id"]
        keys = self.keys.get(record_id) or _keys(record)
        huge = keys & self.huge.keys()
        shared: Counter[str] = Counter()
        for key in keys - huge:
            shared.update(self.ids_by_key.get(key, ()))
        shared.pop(record_id, None)
        # The sorts are stable, so the last key sorted by is the first in rank.
        strong = _best(shared, limit)
        bonus = self._bonus(strong, huge)
        strong.sort(key=self.position.__getitem__)  # newest first...
        strong.sort(key=bonus.__getitem__, reverse=True)  # ...after more big hubs shared...
        strong.sort(key=shared.__getitem__, reverse=True)  # ...after more small hubs shared
        if len(strong) >= limit:
            return [self.by_id[i] for i in strong[:limit]]
        # Too few: briefings sharing only big hubs, those nearest in time first.
        weak = [i for i in self._near(record_id, huge, limit) if i not in shared]
        bonus = self._bonus(weak, huge)
        here = self.position.get(record_id, 0)
        weak.sort(key=self.position.__getitem__)
        weak.sort(key=lambda i: abs(self.position[i] - here))
        weak.sort(key=bonus.__getitem__, reverse=True)
        return [self.by_id[i] for i in (strong + weak)[:limit]]

    def _bonus(self, ids: list[str], huge: set[tuple[str, str]]) -> dict[str, int]:
        """How many of the big hubs ``huge`` each of ``ids`` is in."""
        bonus = dict.fromkeys(ids, 0)
        for key in huge:
            # set & dict runs in C over the few ids, not over the big hub.
            for i in self.huge_sets[key].intersection(bonus):
                bonus[i] += 1
        return bonus

    def _near(self, record_id: str, huge: set[tuple[str, str]], width: int) -> list[str]:
        """Up to ``width`` briefings either side of ``record_id`` in time, in each big hub."""
        position = self.position.get(record_id)
        if position is None:
            return []
        found: dict[str, None] = {}  # ordered and unique
        for key in sorted(huge):
            ids, positions = self.huge[key]
            at = bisect.bisect_left(positions, position)
            for other in (*ids[max(0, at - width) : at], *ids[at : at + width + 1]):
                if other != record_id:
                    found[other] = None
        return list(found)


def _best(shared: Counter[str], limit: int) -> list[str]:
    """Ids with at least the ``limit``-th highest count (all ties included)."""
    if not shared:
        return []
    threshold = heapq.nlargest(limit, shared.values())[-1]
    return [i for i, n in shared.items() if n >= threshold]


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


# --- timeline ----------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A link to another page (and a heading on it), with the text to show."""

    label: str
    path: str
    anchor: str = ""


TIMELINE_PATH = "timeline.md"


def timeline_year_path(year: str) -> str:
    """Docs-relative path of a year of the timeline."""
    return f"timeline/{year}.md"


def timeline_month_path(month: str) -> str:
    """Docs-relative path of a month of the timeline that has a page of its own."""
    return f"timeline/{month[:4]}/{month[5:]}.md"


def heading_id(text: str) -> str:
    """The id MkDocs' toc gives a heading of plain words and digits (``March 2025``)."""
    return "-".join(text.lower().split())


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
            *_neighbours(self.newer, self.older),
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
        return [*_neighbours(self.newer, self.older), Ref("All years", TIMELINE_PATH)]


def _neighbours(newer: Ref | None, older: Ref | None) -> list[Ref]:
    found = [("Newer", newer), ("Older", older)]
    return [Ref(f"{word}: {ref.label}", ref.path, ref.anchor) for word, ref in found if ref]


def timeline(records: list[Record]) -> list[tuple[str, list[Record]]]:
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
    _chain(years, lambda y: Ref(y.year, y.path))
    _chain([m for y in years for m in y.months], lambda m: m.ref)
    return years


class _Linked(Protocol):
    newer: Ref | None
    older: Ref | None


_L = TypeVar("_L", bound=_Linked)


def _chain(items: list[_L], ref: Callable[[_L], Ref]) -> None:
    # Newest first: the item before is newer, the one after older.
    for newer, older in itertools.pairwise(items):
        newer.older, older.newer = ref(older), ref(newer)


# --- A-Z indexes of hubs ----------------------------------------------------------------


def index_letter_path(kind: str, letter: str, page: int = 1) -> str:
    """Docs-relative path of a letter's page of a split A-Z index.

    Under ``<kind>/index/``: no hub can live there, since ``index`` is a
    reserved slug.
    """
    slug = letter.lower()
    return f"{kind}/index/{slug}.md" if page == 1 else f"{kind}/index/{slug}/page-{page}.md"


@dataclass(frozen=True)
class LetterRef:
    """One letter of an index's letter bar: how many hubs, and where they are listed."""

    letter: str
    count: int
    ref: Ref


@dataclass
class HubIndexPage:
    """A page of a kind's A-Z index: the whole index, or one letter of a split one."""

    kind: str
    path: str
    total: int
    letters: list[LetterRef]
    #: What this page lists, under letter headings.
    sections: list[tuple[str, list[Hub]]]
    #: True when the letters have pages of their own.
    split: bool = False
    #: The letter this page is about (a split index's letter page), else None.
    letter: str | None = None
    number: int = 1
    count: int = 1
    newer: Ref | None = None
    older: Ref | None = None
    #: On a split index's first page: the hubs with most briefings.
    top: list[Hub] = field(default_factory=list)


def hub_index_pages(kind: str, hubs: list[Hub], size: int | None = None) -> list[HubIndexPage]:
    """The A-Z index of a kind: one page, or past ``size`` hubs a page per letter."""
    size = INDEX_PAGE_SIZE if size is None else size
    letters = alphabet(hubs)
    main = f"{kind}/index.md"
    if len(hubs) <= size:
        bar = [LetterRef(ltr, len(g), Ref(ltr, main, ltr.lower())) for ltr, g in letters]
        return [HubIndexPage(kind, main, len(hubs), bar, letters)]
    bar = [LetterRef(ltr, len(g), Ref(ltr, index_letter_path(kind, ltr))) for ltr, g in letters]
    top = sorted(hubs, key=lambda h: (-len(h.briefings), sort_key(h.name), h.slug))[:INDEX_TOP_SIZE]
    pages = [HubIndexPage(kind, main, len(hubs), bar, [], split=True, top=top)]
    for letter, group in letters:
        chunks = [group[i : i + size] for i in range(0, len(group), size)]
        part = [
            HubIndexPage(
                kind,
                index_letter_path(kind, letter, number),
                len(hubs),
                bar,
                [(letter, chunk)],
                split=True,
                letter=letter,
                number=number,
                count=len(chunks),
            )
            for number, chunk in enumerate(chunks, start=1)
        ]
        _chain(part, lambda p: Ref(f"page {p.number}", p.path))
        pages += part
    return pages


# --- the whole site -------------------------------------------------------------------


@dataclass
class SiteModel:
    """The whole site: what the renderer turns into pages and feeds."""

    records: list[Record]
    briefings: list[BriefingPage]
    hubs: dict[str, list[Hub]]
    timeline: list[tuple[str, list[Record]]]
    years: list[TimelineYear] = field(default_factory=list)
    indexes: dict[str, list[HubIndexPage]] = field(default_factory=dict)

    @property
    def latest(self) -> list[Record]:
        return self.records[:HOME_SIZE]


def build_site_model(records: list[Record], *, production: bool) -> SiteModel:
    """The site for these records; production leaves drafts out of everything."""
    shown = newest_first(r for r in records if not (production and r["status"] == "draft"))
    hubs = build_hubs(shown)
    names = {hub.slug.upper(): hub.name for hub in hubs["countries"]}
    index = RelatedIndex(shown)
    months = timeline(shown)
    return SiteModel(
        records=shown,
        briefings=[briefing_page(r, index, names) for r in shown],
        hubs=hubs,
        timeline=months,
        years=timeline_years(months),
        indexes={kind: hub_index_pages(kind, items) for kind, items in hubs.items()},
    )
