"""The pages of story threads: a thread told in order, the index of threads, and the
"This story so far" box of each briefing in a thread.

Which briefings form a thread is generator.sitemodel.threads' job; this module
names each thread, says what each briefing adds to the story, and pages the
index.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from generator.layout import RESERVED_SLUGS, thread_feed_path, thread_path, threads_index_path
from generator.record import Record
from generator.sitemodel.entities import mentions
from generator.sitemodel.memory import ModelMemory
from generator.sitemodel.refs import Ref, chain
from generator.sitemodel.related import Key, entity_keys, place_slug
from generator.sitemodel.threads import ThreadCounts, group_threads

#: Names in a thread's name, and new names shown beside a briefing of it.
NAME_PARTS = 3
NEW_NAMES = 5
#: Threads one page of the index lists (newest story first).
THREADS_PAGE_SIZE = 50
#: How alike two key points must be (share of words) to make the same point.
SAME_POINT = 0.5
#: Earlier briefings whose key points a briefing's are compared with.
POINTS_BACK = 6
#: Kinds that name a story best; a country only when nothing more specific is shared.
_NAME_WEIGHT = {"people": 3, "organizations": 3, "places": 2, "groups": 1, "countries": 1}
_POINT_WORD = re.compile(r"\w+")
#: Names of organizations that report news: a story is not named after who reports it.
_AGENCY_WORDS = ("news agency", "press agency", "wire service")


@dataclass(frozen=True)
class ThreadEntry:
    """A briefing in its thread: the point it makes and the names it brings in."""

    record: Record
    #: Its first key point that no earlier briefing of the thread made ("" if none).
    key_point: str
    new_names: tuple[str, ...]


@dataclass
class Thread:
    """A story thread: a name and its briefings, oldest first."""

    slug: str
    name: str
    entries: list[ThreadEntry]

    @property
    def path(self) -> str:
        return thread_path(self.slug)

    @property
    def feed_path(self) -> str:
        return thread_feed_path(self.slug)

    @property
    def newest_first(self) -> list[Record]:
        """Its briefings, the latest first (as feeds list them)."""
        return [e.record for e in reversed(self.entries)]

    @property
    def index_path(self) -> str:
        """The index of threads (its first page)."""
        return threads_index_path()

    @property
    def first(self) -> Record:
        return self.entries[0].record

    @property
    def last(self) -> Record:
        return self.entries[-1].record


@dataclass(frozen=True)
class StoryBox:
    """ "This story so far" on a briefing page: its thread and the briefings either side."""

    name: str
    path: str
    number: int
    count: int
    previous: Record | None
    next: Record | None


@dataclass
class ThreadIndexPage:
    """A page of the index of threads."""

    path: str
    threads: list[Thread]
    total: int
    number: int = 1
    count: int = 1
    newer: Ref | None = None
    older: Ref | None = None


def build_threads(
    records: list[Record], counts: ThreadCounts | None = None, memory: ModelMemory | None = None
) -> list[Thread]:
    """The story threads of ``records``, latest news first (then slug); ``memory``: what an
    earlier build worked out, and where this one's is kept (sitemodel.memory)."""
    keys = {r["id"]: entity_keys(r) for r in records}
    desk: Counter[Key] = Counter()
    for found in keys.values():
        desk.update(found.keys())
    rarity = _Rarity(desk, len(records))
    threads = [_thread(members, rarity) for members in group_threads(records, counts, keys, memory)]
    return sorted(threads, key=lambda t: (_negated(t.last["date"]), t.slug))


def thread_slug(first: Record) -> str:
    """A thread's slug: the id of its first briefing (never a reserved page name)."""
    record_id: str = first["id"]
    return f"{record_id}-story" if record_id in RESERVED_SLUGS else record_id


def story_boxes(threads: list[Thread]) -> dict[str, StoryBox]:
    """Each threaded briefing's id -> its "This story so far" box."""
    boxes = {}
    for thread in threads:
        records = [e.record for e in thread.entries]
        for at, record in enumerate(records):
            boxes[record["id"]] = StoryBox(
                thread.name,
                thread.path,
                at + 1,
                len(records),
                records[at - 1] if at else None,
                records[at + 1] if at + 1 < len(records) else None,
            )
    return boxes


def thread_index_pages(
    threads: list[Thread], size: int = THREADS_PAGE_SIZE
) -> list[ThreadIndexPage]:
    """The index of threads, ``size`` a page; an empty desk still has its first page."""
    chunks = [threads[i : i + size] for i in range(0, len(threads), size)] or [[]]
    pages = [
        ThreadIndexPage(threads_index_path(n), chunk, len(threads), n, len(chunks))
        for n, chunk in enumerate(chunks, start=1)
    ]
    chain(pages, lambda p: Ref(f"page {p.number}", p.path))
    return pages


def _negated(date: str) -> str:
    """A key that sorts dates newest first (digits complemented)."""
    return date.translate(str.maketrans("0123456789", "9876543210"))


@dataclass(frozen=True)
class _Rarity:
    """How telling an entity is: the fewer briefings of the desk name it, the more."""

    counts: Counter[Key]
    total: int

    def __call__(self, key: Key) -> float:
        return math.log((self.total + 1) / (self.counts[key] + 1)) + 0.1


def _thread(members: list[Record], rarity: _Rarity) -> Thread:
    names = [_key_names(r) for r in members]
    seen: set[Key] = set()
    made: list[frozenset[str]] = []
    entries = []
    for at, (record, named) in enumerate(zip(members, names, strict=True)):
        fresh = [name for key, name in named.items() if key not in seen] if at else []
        seen.update(named)
        points = record["key_points"] or [record["summary"]]
        point = next((p for p in points if not _made(p, made)), "")
        made = (made + [_point_words(p) for p in points])[-POINTS_BACK * 5 :]
        entries.append(ThreadEntry(record, point, tuple(dict.fromkeys(fresh))[:NEW_NAMES]))
    return Thread(thread_slug(members[0]), _name(members, names, rarity), entries)


def _name(members: list[Record], names: list[dict[Key, str]], rarity: _Rarity) -> str:
    """The names the thread's briefings put first, that the rest of the desk names least."""
    counted: Counter[Key] = Counter()
    weight: dict[Key, float] = {}
    first_seen: dict[Key, int] = {}
    for named in names:
        counted.update(named.keys())
        ranks: Counter[str] = Counter()
        for key in named:
            first_seen.setdefault(key, len(first_seen))
            # Records list each kind most important first: the first named weigh most.
            weight[key] = weight.get(key, 0.0) + 1 / (1 + ranks[key[0]] / 2)
            ranks[key[0]] += 1
    reporters = {_folded(r["source"]["name"]) for r in members if r["source"]["name"]}
    shared = [
        key for key, n in counted.items() if n > 1 and not _reports(_lookup(names, key), reporters)
    ]
    shared.sort(key=lambda k: (-weight[k] * _NAME_WEIGHT[k[0]] * rarity(k), first_seen[k]))
    specific = [k for k in shared if k[0] != "countries"]
    chosen = (specific or shared)[:NAME_PARTS]
    parts = list(dict.fromkeys(_lookup(names, key) for key in chosen))
    if not parts:
        return str(members[0]["title"])
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _folded(name: str) -> str:
    return " ".join(name.casefold().split())


def _reports(name: str, reporters: set[str]) -> bool:
    """True for who reports the story rather than who is in it: its sources, news agencies."""
    folded = _folded(name)
    return folded in reporters or any(word in folded for word in _AGENCY_WORDS)


def _lookup(names: list[dict[Key, str]], key: Key) -> str:
    return next(named[key] for named in names if key in named)


def _key_names(record: Record) -> dict[Key, str]:
    """The record's specific entities (as related briefings know them) and their names."""
    found = mentions(record)
    named: dict[Key, str] = {
        (kind, m.slug): m.name
        for kind in ("people", "organizations", "groups")
        for m in found[kind]
    }
    for place in record["places"]:
        code = place["country_code"]
        if place["kind"] == "country" and code:
            named.setdefault(("countries", code.lower()), place["name"])
        elif place["kind"] != "country":
            named.setdefault(("places", place_slug(place["name"], code)), place["name"])
    keys = entity_keys(record)
    return {key: named[key] for key in keys if key in named}


def _point_words(point: str) -> frozenset[str]:
    return frozenset(w for w in _POINT_WORD.findall(point.lower()) if len(w) > 2)


def _made(point: str, made: list[frozenset[str]]) -> bool:
    """True when an earlier key point says mostly the same words."""
    words = _point_words(point)
    if not words:
        return False
    return any(len(words & other) / len(words | other) >= SAME_POINT for other in made)
