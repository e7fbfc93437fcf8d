"""Related briefings: the others that share the most hubs with a briefing."""

from __future__ import annotations

import bisect
import heapq
from collections import Counter, defaultdict

from generator.record import Record
from generator.sitemodel.calendar import newest_first
from generator.sitemodel.entities import mentions

RELATED_SIZE = 5
#: Hubs with more members than this (a big country, a broad topic) relate
#: everything to everything: they only break ties and fill gaps (see RelatedIndex).
RELATED_HUB_MAX = 200


def related(record: Record, records: list[Record], limit: int = RELATED_SIZE) -> list[Record]:
    """Other briefings sharing the most entities and topics (at least one), best first."""
    return RelatedIndex(records).of(record, limit)


class RelatedIndex:
    """Which briefings share hubs with which: built once for the whole site.

    An inverted index (hub -> its briefings) counts only pairs of briefings
    that share something, never every pair, with the counting and sorting done
    by C built-ins.

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
