"""The hubs a record names: countries, people, organizations, groups and topics."""

from __future__ import annotations

import contextlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pycountry

from generator.layout import entity_slug, hub_path
from generator.record import Record


@dataclass(frozen=True)
class Mention:
    """One entity as a briefing names it, and the hub it links to."""

    kind: str
    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    #: A city's country code (two Birminghams are two hubs).
    country: str | None = None

    @property
    def path(self) -> str:
        return hub_path(self.kind, self.slug)


def country_names(records: Iterable[Record]) -> dict[str, Counter[str]]:
    """How records name each country (by code), counted in one pass over all records."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        for place in record["places"]:
            if place["kind"] == "country" and place["country_code"]:
                names[place["country_code"]][place["name"]] += 1
    return names


def country_display_name(code: str, names: Counter[str] | None) -> str:
    """The name records use most for a country (``names`` from country_names), else pycountry's."""
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


_Value = TypeVar("_Value")

#: While ``remembered``: (what, id of a record) -> (the record, what was worked out of it).
_MEMO: dict[tuple[str, int], tuple[Record, Any]] | None = None


@contextlib.contextmanager
def remembered() -> Iterator[None]:
    """Within it, what ``once`` works out of one record object is worked out once: building
    the site model asks for a record's mentions from its hubs, related briefings, threads and
    page. The values are shared: no caller may change them."""
    global _MEMO
    outer = _MEMO
    _MEMO = {} if outer is None else outer
    try:
        yield
    finally:
        _MEMO = outer


def once(what: str, record: Record, work: Callable[[Record], _Value]) -> _Value:
    """``work(record)``, worked out once per record object while ``remembered``."""
    memo = _MEMO
    if memo is None:
        return work(record)
    hit = memo.get((what, id(record)))
    # The record is held with its value: its id cannot pass to another record meanwhile.
    if hit is not None and hit[0] is record:
        value: _Value = hit[1]
        return value
    value = work(record)
    memo[(what, id(record))] = (record, value)
    return value


def mentions(record: Record) -> dict[str, list[Mention]]:
    """Every hub a record belongs to, per kind, in the record's order, each once."""
    return once("mentions", record, _mentions)


def _mentions(record: Record) -> dict[str, list[Mention]]:
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
        "places": [
            Mention(
                "places",
                entity_slug(p["name"]),
                p["name"],
                tuple(p.get("aliases") or ()),
                country=p["country_code"],
            )
            for p in record["places"]
            if p["kind"] == "city"
        ],
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
