"""One hub per entity: the records' entities under the names their hubs go by.

Records name entities on their own; across them, one entity may go by several names.
The site names each by one, derived from the records alone (what the register of
`generator.register` derives, without entities.yaml: a merge is already in the records):

- a name that exactly one other name of its kind claims, as an alias or, for a one-word
  person name, as the surname of a full name, is that entity ("Blair" when "Tony Blair" is
  the only Blair; "IS" when only "Islamic State" goes by "IS");
- spellings that differ only in case, accents or punctuation are the most used one.

A name two entities claim ("Bush" beside "George Bush" and "George W Bush") keeps its own
hub. Records that change are copies: the records themselves are never modified.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from generator.record import Record
from generator.register import fold

#: Record fields whose entries become hubs of their own, by name.
NAMED_FIELDS = ("people", "organizations", "groups", "places")
#: Steps a chain of names may take (a -> b -> c) before it is cut, against loops.
MAX_CHAIN = 5

Names = dict[tuple[str, str], str]  # (record field, name) -> the name its hub goes by


def hub_names(records: Iterable[Record]) -> Names:
    """Every name that is not its hub's name, with the name of that hub."""
    names: Names = {}
    entries: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for record in records:
        for record_field in NAMED_FIELDS:
            for entry in record.get(record_field) or []:
                name = str(entry["name"])
                entries[record_field][name] += 1
                for alias in entry.get("aliases") or []:
                    aliases[record_field][fold(str(alias))].add(name)
    for record_field, counts in entries.items():
        names.update(_spellings(record_field, counts))
        claims = aliases[record_field]
        if record_field == "people":
            for name in counts:
                words = name.split()
                if len(words) > 1:
                    claims[fold(words[-1])].add(name)
        # The rarer name folds into the more used one: two names claiming each other make
        # one hub, not two that swap names.
        for name in sorted(counts, key=lambda n: (counts[n], n)):
            if record_field == "people" and " " in name:
                continue  # a full name is its own person; only a surname is folded in
            claimed = claims.get(fold(name), set())
            owners = {names.get((record_field, o), o) for o in claimed} - {name}
            if len(owners) == 1 and (record_field, name) not in names:
                names[(record_field, name)] = owners.pop()
    return _resolved(names)


def _spellings(record_field: str, counts: Counter[str]) -> Names:
    """Names that fold alike, to the most used of them."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        groups[fold(name)].append(name)
    names: Names = {}
    for group in groups.values():
        if len(group) > 1:
            best = min(group, key=lambda n: (-counts[n], n))
            names.update({(record_field, n): best for n in group if n != best})
    return names


def _resolved(names: Names) -> Names:
    """Each name mapped to the end of its chain; a name that loops back keeps its own hub."""
    out: Names = {}
    for key, target in names.items():
        seen = {key[1]}
        for _ in range(MAX_CHAIN):
            following = names.get((key[0], target))
            if following is None or following in seen:
                break
            seen.add(target)
            target = following
        if target != key[1]:
            out[key] = target
    return out


def hub_named(records: list[Record]) -> list[Record]:
    """The records with every entity under its hub's name (copies of those that change)."""
    names = hub_names(records)
    return [_renamed(r, names) for r in records] if names else records


def _renamed(record: Record, names: Names) -> Record:
    changed: dict[str, Any] = {}
    speakers: dict[str, str] = {}
    for record_field in NAMED_FIELDS:
        entries = record.get(record_field) or []
        if not any((record_field, e["name"]) in names for e in entries):
            continue
        joined: dict[str, dict[str, Any]] = {}
        for entry in entries:
            name = str(entry["name"])
            main = names.get((record_field, name), name)
            if main != name and record_field in ("people", "organizations"):
                speakers[name] = main
            if main in joined:
                into = joined[main]
                into["aliases"] = [*into["aliases"], name, *(entry.get("aliases") or [])]
                for key in ("role", "country_code"):
                    if into.get(key) is None and entry.get(key) is not None:
                        into[key] = entry[key]
            else:
                aliases = (
                    [name, *(entry.get("aliases") or [])] if main != name else entry["aliases"]
                )
                joined[main] = {**entry, "name": main, "aliases": list(aliases)}
        for entry in joined.values():
            entry["aliases"] = [a for a in dict.fromkeys(entry["aliases"]) if a != entry["name"]]
        changed[record_field] = list(joined.values())
    if not changed:
        return record
    if speakers:
        changed["quotes"] = [
            {**q, "speaker": speakers.get(q.get("speaker") or "", q.get("speaker"))}
            for q in record.get("quotes") or []
        ]
    return {**record, **changed}
