"""Story threads: briefings about one developing story, grouped.

A briefing joins the thread of an earlier briefing when the two name the same
specific people, organizations, places or groups, are close in time, and their
texts are alike. Briefings are taken oldest first; each one is compared with
the threads of the earlier briefings that share its entities, and joins the
best of them that is similar enough, or starts a thread of its own.

The work per briefing is bounded whatever the size of the desk:

- candidates come from an inverted index (entity -> its briefings, oldest
  first), from which only the ``POSTING_CAP`` newest briefings within
  ``WINDOW_DAYS`` are read, for at most ``KEYS_MAX`` entities of the briefing;
- of the threads those candidates belong to, only the ``THREAD_CANDIDATES``
  with most shared weight are scored, each against a summary of its
  ``RECENT`` latest briefings kept up to date as briefings join (so a long
  story costs no more than a short one).

Editors pin a briefing with the record's ``thread`` field: the id of another
briefing puts both in one thread (the id a thread's address carries names its
first briefing, so a thread's own slug works too); ``none`` keeps a briefing
out of every thread. Pinned briefings are left out of the automatic grouping
and placed after it, so a pin moves only the briefing that carries it.

A thread's slug is the id of its first briefing (oldest, then id), which
never changes once published. The same records always give the same threads.

Which thread a briefing joins depends on what the grouping reads of it (id, day,
entities, text vector) and of the briefings before it, and on nothing else. So
the model's memory keeps what an earlier build read and decided; a build takes
those decisions again up to the first briefing whose input differs, and decides
from there (a thread's summary is worked out only when a later briefing is
compared with it).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import operator
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import repeat

from generator.record import THREAD_OUT, Record
from generator.sitemodel.memory import ModelMemory
from generator.sitemodel.related import Key, entity_keys
from generator.sitemodel.words import text_vectors

_SECTION = "threads"
#: A briefing joins a thread only if the thread's newest briefing is at most this much older.
WINDOW_DAYS = 30
#: Entities of a briefing that find its candidates: its most important ones (record order).
KEYS_MAX = 16
#: Briefings read from one entity's list: the newest ones within the window.
POSTING_CAP = 40
#: Threads scored in full per briefing: those sharing most with it.
THREAD_CANDIDATES = 8
#: The latest briefings of a thread that a newcomer is compared with.
RECENT = 6
#: What sharing an entity of each kind is worth (countries say little about a story).
WEIGHTS = {"people": 3.0, "organizations": 3.0, "places": 2.0, "groups": 1.5, "countries": 0.5}
#: The least shared weight with a thread: one person, organization or place.
ENTITY_MIN = 2.0
#: The least text similarity (cosine of word weights) with a thread's recent briefings.
TEXT_MIN = 0.2


@dataclass
class ThreadCounts:
    """How much work grouping took: candidate briefings read and threads scored."""

    candidates: int = 0
    scored: int = 0


def pin_of(record: Record) -> str | None:
    """The record's thread pin: an id, ``THREAD_OUT``, or None when it has none."""
    value = record.get("thread")
    return value if isinstance(value, str) and value else None


def group_threads(
    records: Iterable[Record],
    counts: ThreadCounts | None = None,
    keys: Mapping[str, Iterable[Key]] | None = None,
    memory: ModelMemory | None = None,
) -> list[list[Record]]:
    """The story threads of ``records``: each a list of two or more, oldest first.

    Threads come in the order of their first briefing (oldest, then id). ``keys``: each
    record's entities (id -> entity_keys), when the caller has them already. ``memory``:
    what an earlier build's grouping saw and decided, and where this one's is kept.
    """
    ordered = sorted(records, key=lambda r: (r["date"], r["id"]))
    ids = {r["id"] for r in ordered}
    renamed = {old: r["id"] for r in ordered for old in r.get("redirect_from") or ()}
    out = {r["id"] for r in ordered if pin_of(r) == THREAD_OUT}
    # A pin `check` refuses (no such briefing, itself, one kept out) changes nothing.
    pins = {
        r["id"]: target
        for r in ordered
        if (pin := pin_of(r)) not in (None, THREAD_OUT)
        and (target := renamed.get(pin, pin)) in ids
        and target != r["id"]
        and target not in out
    }
    auto = [r for r in ordered if r["id"] not in pins and r["id"] not in out]
    union = _Union()
    grouper = _Grouper(auto, counts or ThreadCounts(), keys or {}, memory)
    for members in grouper.groups():
        for record in members[1:]:
            union.join(members[0]["id"], record["id"])
    for record_id, target in pins.items():
        union.join(target, record_id)
    found: dict[str, list[Record]] = {}
    for record in ordered:
        if record["id"] not in out:
            found.setdefault(union.root(record["id"]), []).append(record)
    return [members for members in found.values() if len(members) > 1]


class _Union:
    """Union-find over ids; the root of a set is its smallest id (deterministic)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, item: str) -> str:
        # A loop, not recursion: a thread of thousands makes long chains.
        top = item
        while (parent := self.parent.get(top, top)) != top:
            top = parent
        while item != top:
            self.parent[item], item = top, self.parent.get(item, item)
        return top

    def join(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            self.parent[high] = low


# --- the automatic grouping -------------------------------------------------------


@dataclass
class _Thread:
    """A thread being grown: its members and a summary of its latest ones."""

    members: list[int]
    last_day: int
    recent: deque[int] = field(default_factory=lambda: deque(maxlen=RECENT))
    #: Sum of the recent members' word vectors, and its length.
    text: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    #: How many recent members name each entity.
    keys: Counter[Key] = field(default_factory=Counter)
    #: Its summary is not worked out yet: its members so far came from an earlier build's
    #: decisions, and no briefing has been compared with it since.
    behind: bool = False


class _Grouper:
    """Grows threads over briefings taken oldest first."""

    def __init__(
        self,
        ordered: list[Record],
        counts: ThreadCounts,
        keys: Mapping[str, Iterable[Key]],
        memory: ModelMemory | None,
    ) -> None:
        self.records = ordered
        self.counts = counts
        self.memory = memory
        self.days = [dt.date.fromisoformat(r["date"]).toordinal() for r in ordered]
        self.keys = [
            list(keys[r["id"]] if r["id"] in keys else entity_keys(r))[:KEYS_MAX] for r in ordered
        ]
        self.vectors, tokens = text_vectors(ordered, memory)
        #: What the grouping reads of each briefing, in order: the decision at a position
        #: depends on these of that position and the ones before it, and nothing else.
        self.seen = [
            (r["id"], day, tuple(found), token)
            for r, day, found, token in zip(ordered, self.days, self.keys, tokens, strict=True)
        ]
        self.threads: list[_Thread] = []
        self.thread_of: list[int] = []
        #: Entity -> its briefings so far (positions) and their days, both oldest first.
        self.postings: dict[Key, tuple[list[int], list[int]]] = {}

    def groups(self) -> list[list[Record]]:
        decided = self._decided()
        for position in range(len(self.records)):
            if position < len(decided):
                self._follow(decided[position], position)
                continue
            best = self._best_thread(position)
            if best is None:
                best = len(self.threads)
                self.threads.append(_Thread([], self.days[position]))
            self._join(best, position)
        if self.memory is not None:
            self.memory.keep(_SECTION, (self.seen, self.thread_of))
        return [[self.records[i] for i in t.members] for t in self.threads]

    def _decided(self) -> list[int]:
        """The earlier build's decisions for the briefings before the first whose input
        differs from what that build saw (those are the same decisions, made again)."""
        kept = self.memory.recall(_SECTION) if self.memory is not None else None
        if not (isinstance(kept, tuple) and len(kept) == 2):
            return []
        seen, thread_of = kept
        same = 0
        for before, now in zip(seen, self.seen, strict=False):
            if before != now:
                break
            same += 1
        return list(thread_of[:same])

    def _follow(self, number: int, position: int) -> None:
        """Put a briefing in thread ``number`` as the earlier build did (a new thread when
        that is the next number), leaving the thread's summary for when it is needed."""
        day = self.days[position]
        for key in self.keys[position]:
            members, days = self.postings.setdefault(key, ([], []))
            members.append(position)
            days.append(day)
        if number == len(self.threads):
            self.threads.append(_Thread([], day))
        thread = self.threads[number]
        thread.members.append(position)
        thread.last_day = day
        thread.behind = True
        self.thread_of.append(number)

    def _caught_up(self, thread: _Thread) -> _Thread:
        """The thread with its summary worked out: its members joined again in order, the
        same sums in the same order as when each joined."""
        if thread.behind:
            thread.behind = False
            members, thread.members = thread.members, []
            for position in members:
                self._grow(thread, position)
        return thread

    def _candidates(self, position: int) -> dict[int, float]:
        """Threads of earlier briefings sharing entities with this one, by shared weight."""
        day = self.days[position]
        shared: dict[int, float] = {}
        for key in self.keys[position]:
            members, days = self.postings.setdefault(key, ([], []))
            start = max(bisect.bisect_left(days, day - WINDOW_DAYS), len(members) - POSTING_CAP)
            found = {self.thread_of[i] for i in members[start:]}
            self.counts.candidates += len(members) - start
            for thread in found:
                shared[thread] = shared.get(thread, 0.0) + WEIGHTS[key[0]]
            members.append(position)
            days.append(day)
        return shared

    def _best_thread(self, position: int) -> int | None:
        shared = self._candidates(position)
        # Most shared weight first, then the older thread: a total order.
        ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
        best: tuple[float, int] | None = None
        for number, _ in ranked[:THREAD_CANDIDATES]:
            thread = self.threads[number]
            if self.days[position] - thread.last_day > WINDOW_DAYS:
                continue
            self._caught_up(thread)
            self.counts.scored += 1
            weight = sum(WEIGHTS[k[0]] for k in self.keys[position] if thread.keys[k])
            similarity = _cosine(self.vectors[position], thread.text, thread.norm)
            if weight < ENTITY_MIN or similarity < TEXT_MIN:
                continue
            score = similarity + weight / 100
            if best is None or score > best[0]:
                best = (score, number)
        return None if best is None else best[1]

    def _join(self, number: int, position: int) -> None:
        self._grow(self._caught_up(self.threads[number]), position)
        self.thread_of.append(number)

    def _grow(self, thread: _Thread, position: int) -> None:
        if len(thread.recent) == RECENT:
            self._account(thread, thread.recent[0], -1)
        thread.recent.append(position)
        self._account(thread, position, 1)
        thread.members.append(position)
        thread.last_day = self.days[position]

    def _account(self, thread: _Thread, position: int, sign: int) -> None:
        """Add (1) or take away (-1) a member from the thread's summary."""
        for word, value in self.vectors[position].items():
            total = thread.text.get(word, 0.0) + sign * value
            if abs(total) < 1e-9:
                thread.text.pop(word, None)
            else:
                thread.text[word] = total
        thread.norm = math.sqrt(math.fsum(v * v for v in thread.text.values()))
        thread.keys.update({k: sign for k in self.keys[position]})


def _cosine(vector: dict[str, float], total: dict[str, float], norm: float) -> float:
    if not norm:
        return 0.0
    # map and sum run in C: this is the inner loop of the grouping.
    shared: float = sum(map(operator.mul, vector.values(), map(total.get, vector, repeat(0.0))))
    return shared / norm
