"""Related briefings: the others that name the most of a briefing's specific entities.

A shared person or organization weighs more than a shared group or place, and
those more than a shared country; topics never make a briefing related (a
topic like "politics" joins stories that have nothing else in common), they
only break ties. An entity named in more than ``RELATED_HUB_MAX`` briefings
counts as little as a country. A briefing is related when the weight of what it shares
reaches ``RELATED_MIN_WEIGHT``: one person, organization, group or city is
enough, one country is not. Among equals, more shared topics come first, then
the newer briefing, then the id, so the order is total.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.incremental import value_digest
from generator.layout import entity_slug
from generator.record import Record
from generator.sitemodel.calendar import newest_first
from generator.sitemodel.entities import mentions, once
from generator.sitemodel.memory import ModelMemory

RELATED_SIZE = 5
#: Hubs with more members than this (a big country, a much-named leader) would
#: make thousands of candidates for each of their briefings: only the members
#: nearest in time are taken from them (see RelatedIndex).
RELATED_HUB_MAX = 200
#: How much sharing each kind of entity is worth.
WEIGHTS = {"people": 4, "organizations": 4, "groups": 2, "places": 2, "countries": 1}
#: What sharing an entity with more than RELATED_HUB_MAX briefings is worth, whatever its
#: kind: so common a name says little about two stories (as a country says little).
HUGE_WEIGHT = 1
#: The least shared weight that makes a briefing related: more than one country.
RELATED_MIN_WEIGHT = 2

#: An entity as the index knows it: (kind, slug); places carry their country code.
Key = tuple[str, str]
_SECTION = "related"
#: What a related box holds, as kept: each briefing's id and the entities it shares.
_Kept = list[tuple[str, tuple[Key, ...]]]


@dataclass(frozen=True)
class Related:
    """A related briefing and the entities it shares, weightiest first (record order within)."""

    record: Record
    shared: tuple[Key, ...]


def related(record: Record, records: list[Record], limit: int = RELATED_SIZE) -> list[Record]:
    """Other briefings sharing the most specific entities (enough of them), best first."""
    return [found.record for found in RelatedIndex(records).of(record, limit)]


class RelatedIndex:
    """Which briefings share entities with which: built once for the whole site.

    An inverted index (entity -> its briefings, newest first) counts only pairs
    of briefings that share something, never every pair; the counting is done
    by C built-ins (Counter.update), once per unit of an entity's weight.

    Entities with more than ``RELATED_HUB_MAX`` briefings are not counted
    through: from each, only the ``limit`` briefings either side in time become
    candidates, so the work per briefing stays bounded whatever N is. Each
    candidate that may still rank is then scored exactly on every entity it
    shares, big ones included.

    With a ``memory`` (sitemodel.memory), a box worked out by an earlier build from
    the same inputs is taken from it (see ``_Boxes``).
    """

    def __init__(
        self,
        records: list[Record],
        hub_max: int | None = None,
        memory: ModelMemory | None = None,
    ) -> None:
        hub_max = RELATED_HUB_MAX if hub_max is None else hub_max
        ordered = newest_first(records)
        self.by_id = {r["id"]: r for r in ordered}
        #: Position in newest-first order: the tie-break among equal scores.
        self.position = {r["id"]: index for index, r in enumerate(ordered)}
        self.keys = {r["id"]: entity_keys(r) for r in ordered}
        self.topics = {r["id"]: _topic_slugs(r) for r in ordered}
        members: dict[Key, list[str]] = defaultdict(list)
        for record_id, keys in self.keys.items():
            for key in keys:
                members[key].append(record_id)
        self.ids_by_key = {k: ids for k, ids in members.items() if len(ids) <= hub_max}
        #: Big entities: members and their positions, both newest first (for bisect).
        self.huge = {
            k: (ids, [self.position[i] for i in ids])
            for k, ids in members.items()
            if len(ids) > hub_max
        }
        self.huge_sets = {k: frozenset(ids) for k, (ids, _) in self.huge.items()}
        self.memory = _Boxes(memory, members, self, hub_max) if memory is not None else None

    def of(self, record: Record, limit: int = RELATED_SIZE) -> list[Related]:
        """The ``limit`` best related briefings of ``record``, best first."""
        if self.memory is None or record["id"] not in self.keys:
            return self._of(record, limit)
        digest = self.memory.digest(record["id"], limit)
        kept = self.memory.saved.get(digest)
        if kept is None:
            found = self._of(record, limit)
            kept = [(other.record["id"], other.shared) for other in found]
        else:
            found = [Related(self.by_id[other], shared) for other, shared in kept]
        self.memory.now[digest] = kept
        return found

    def _of(self, record: Record, limit: int) -> list[Related]:
        record_id = record["id"]
        keys = self.keys[record_id] if record_id in self.keys else entity_keys(record)
        topics = self.topics.get(record_id) or _topic_slugs(record)
        order = list(keys)  # the record's own order, for the shared names
        huge = [k for k in order if k in self.huge]
        counted: Counter[str] = Counter()
        for key in order:
            for _ in range(WEIGHTS[key[0]] if key not in self.huge else 0):
                counted.update(self.ids_by_key.get(key, ()))
        for other in self._near(record_id, huge, limit):
            counted[other] += 0
        counted.pop(record_id, None)
        # The big entities add at most this much: only candidates within reach get it.
        floor = _nth_largest(counted, limit) - HUGE_WEIGHT * len(huge)
        scores = {other: n for other, n in counted.items() if n >= floor}
        for key in huge:
            # set & dict runs in C over the few candidates, not over the big entity.
            for other in self.huge_sets[key].intersection(scores):
                scores[other] += HUGE_WEIGHT
        least = max(_nth_largest(scores, limit), RELATED_MIN_WEIGHT)
        ranked = [
            ((-n, -len(topics & self.topics[other]), self.position[other]), other)
            for other, n in scores.items()
            if n >= least
        ]
        return [
            Related(self.by_id[other], self._shared(order, other))
            for _, other in heapq.nsmallest(limit, ranked)
        ]

    def _shared(self, order: list[Key], other: str) -> tuple[Key, ...]:
        """The entities ``other`` shares, weightiest first, in the record's order within."""
        mine = self.keys[other]
        return tuple(sorted((k for k in order if k in mine), key=self.weight, reverse=True))

    def weight(self, key: Key) -> int:
        """What sharing ``key`` is worth: by its kind, unless it is a big entity."""
        return HUGE_WEIGHT if key in self.huge else WEIGHTS[key[0]]

    def _near(self, record_id: str, huge: list[Key], width: int) -> list[str]:
        """Up to ``width`` briefings either side of ``record_id`` in time, in each big entity."""
        position = self.position.get(record_id)
        if position is None:
            return []
        found: list[str] = []
        for key in huge:
            ids, positions = self.huge[key]
            at = bisect.bisect_left(positions, position)
            found += ids[max(0, at - width) : at + width + 1]
        return found


class _Boxes:
    """The related boxes an earlier build worked out, by a digest of exactly what each is
    worked out from, and those of this build (sitemodel.memory).

    A box depends on the briefing's entities and topics, and on the briefings of each of
    its entities, in order, with their dates and topics: their other entities only
    matter through the lists of the briefing's own ones, which are read in full. So each
    entity's list is digested once (id, date and topics of each member, newest first), and
    a box's digest is of its briefing's id, entities, topics and its entities' digests.
    """

    def __init__(
        self,
        memory: ModelMemory,
        members: dict[Key, list[str]],
        index: RelatedIndex,
        hub_max: int,
    ) -> None:
        kept = memory.recall(_SECTION)
        self.saved: dict[str, _Kept] = kept if isinstance(kept, dict) else {}
        self.now: dict[str, _Kept] = {}
        memory.keep(_SECTION, self.now)  # filled as the boxes are asked for
        self.index = index
        told = {
            record_id: (record_id, index.by_id[record_id]["date"], sorted(topics))
            for record_id, topics in index.topics.items()
        }
        self.lists = {
            key: value_digest((hub_max, [told[i] for i in ids])) for key, ids in members.items()
        }

    def digest(self, record_id: str, limit: int) -> str:
        """The digest of all a box of ``record_id`` is worked out from."""
        keys = self.index.keys[record_id]
        topics = sorted(self.index.topics[record_id])
        lists = [self.lists[key] for key in keys]
        return value_digest((record_id, limit, list(keys), topics, lists))


def entity_keys(record: Record) -> dict[Key, None]:
    """The specific entities of a record, in its order, each once (topics are not entities)."""
    return once("entity keys", record, _entity_keys)


def _entity_keys(record: Record) -> dict[Key, None]:
    found = mentions(record)
    keys: dict[Key, None] = {}
    for kind in ("people", "organizations", "groups"):
        keys.update(((kind, m.slug), None) for m in found[kind])
    for place in record["places"]:
        if place["kind"] != "country":
            keys[("places", place_slug(place["name"], place["country_code"]))] = None
    keys.update((("countries", m.slug), None) for m in found["countries"])
    return keys


def place_slug(name: str, country_code: str | None) -> str:
    """A place's key: its name and country (two Birminghams are two places)."""
    return f"{entity_slug(name)}:{(country_code or '').lower()}"


def _topic_slugs(record: Record) -> set[str]:
    return {entity_slug(t) for t in record["topics"]}


def _nth_largest(counted: dict[str, int], n: int) -> int:
    if len(counted) < n:
        return 0
    return heapq.nlargest(n, counted.values())[-1]
