"""The hubs an earlier build worked out, taken again when nothing they are made of changed.

A hub is made of what the records say of their entities and quotes, with their ids and
dates: a build whose records say the same (a headline corrected, a summary reworded) has
the same hubs, listing this build's records. So the model's memory keeps the hubs, with
records as ids, under a digest of exactly those fields of every record; any other build
works them out afresh (sitemodel.hubs).
"""

from __future__ import annotations

import hashlib
import marshal
from typing import Any

from generator.record import Record
from generator.sitemodel.calendar import newest_first
from generator.sitemodel.hub_facts import HubLink
from generator.sitemodel.hubs import Hub, LedgerQuote, build_hubs
from generator.sitemodel.memory import ModelMemory

#: The fields of a record that hubs are made of (with its id and date).
HUB_FIELDS = ("people", "organizations", "groups", "places", "topics", "quotes")
_SECTION = "hubs"

_Link = tuple[str, str, str, int]


def kept_hubs(records: list[Record], memory: ModelMemory | None) -> dict[str, list[Hub]]:
    """build_hubs(records), from the memory when the records say the same of their
    entities and quotes as when it was kept."""
    if memory is None:
        return build_hubs(records)
    digest = _inputs(records)
    kept = memory.recall(_SECTION)
    by_id = {r["id"]: r for r in records}
    if isinstance(kept, tuple) and kept[0] == digest and len(by_id) == len(records):
        hubs = {kind: [_hub(h, by_id) for h in items] for kind, items in kept[1].items()}
        memory.keep(_SECTION, kept)
        return hubs
    hubs = build_hubs(records)
    memory.keep(
        _SECTION, (digest, {kind: [_kept(h) for h in items] for kind, items in hubs.items()})
    )
    return hubs


def _inputs(records: list[Record]) -> str:
    """A digest of every field hubs are made of, record by record, newest first."""
    digest = hashlib.blake2b(digest_size=16)
    for record in newest_first(records):
        told = (record["id"], record["date"], *(record[name] for name in HUB_FIELDS))
        digest.update(marshal.dumps(told, 2))  # version 2: equal values, equal bytes
    return digest.hexdigest()


def _kept(hub: Hub) -> tuple[Any, ...]:
    return (
        hub.kind,
        hub.slug,
        hub.name,
        hub.aliases,
        hub.roles,
        [r["id"] for r in hub.briefings],
        [(q.text, q.record["id"]) for q in hub.quotes],
        hub.history,
        [_link(link) for link in hub.companions],
        [_link(link) for link in hub.cities],
        _link(hub.country) if hub.country else None,
        hub.country_code,
    )


def _hub(kept: tuple[Any, ...], by_id: dict[str, Record]) -> Hub:
    kind, slug, name, aliases, roles, ids, quotes, history, named, cities, country, code = kept
    return Hub(
        kind,
        slug,
        name,
        aliases=list(aliases),
        roles=list(roles),
        briefings=[by_id[i] for i in ids],
        quotes=[LedgerQuote(text, by_id[i]) for text, i in quotes],
        history=history,
        companions=[HubLink(*link) for link in named],
        cities=[HubLink(*link) for link in cities],
        country=HubLink(*country) if country else None,
        country_code=code,
    )


def _link(link: HubLink) -> _Link:
    return (link.kind, link.slug, link.name, link.count)
