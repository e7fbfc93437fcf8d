"""The hubs a record names: countries, people, organizations, groups and topics."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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
