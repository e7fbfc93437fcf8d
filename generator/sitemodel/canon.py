"""One hub per entity: the records' entities under the names their hubs go by.

Records name entities on their own; across them, one entity may go by several names.
The site names each by one. What the editors' ``briefings/entities.yaml`` says comes first:
a name it merges into an entity, or the entity's preferred name in another spelling, is that
entity; a name it lists as no entity of a kind is left out of that kind (no hub, no link).
Every other name is derived from the records (as the register of `generator.register` is):

- a name that exactly one other name of its kind claims, as an alias or, for a one-word
  person name, as the surname of a full name, is that entity ("Okafor" when "Ann Okafor" is
  the only Okafor; "IS" when only "Islamic State" goes by "IS");
- spellings that differ only in case, accents or punctuation are the most used one.

A surname two people claim ("Marsh" beside "Tom Marsh" and "Tom J Marsh") is, in one
record, the one whose briefings' years hold that record's date (give or take
``DATE_MARGIN_YEARS``), and keeps a hub of its own where both or neither fit. Records that
change are copies: the records themselves are never modified.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from generator.entities_file import KINDS, EntitiesFile
from generator.record import Record
from generator.register import DATE_MARGIN_YEARS, fold

#: Record fields whose entries become hubs of their own, by name.
NAMED_FIELDS = ("people", "organizations", "groups", "places")
#: Steps a chain of names may take (a -> b -> c) before it is cut, against loops.
MAX_CHAIN = 5

Names = dict[tuple[str, str], str]  # (record field, name) -> the name its hub goes by
Folded = dict[tuple[str, str], str]  # (record field, folded name) -> the editors' name for it
Dated = dict[str, list[tuple[int, int, str]]]  # surname -> (first, last year, full name) of each


def hub_names(records: Iterable[Record], editors: EntitiesFile | None = None) -> Names:
    """Every name that is not its hub's name, with the name of that hub."""
    return _naming(records, _editor_names(editors))[0]


def _editor_names(editors: EntitiesFile | None) -> Folded:
    """entities.yaml's names: each alias and each entity's own name (any spelling that folds
    alike) -> the entity's name, per record field."""
    if editors is None:
        return {}
    merged: Folded = {}
    for entity in editors.entities:
        record_field, name = KINDS[str(entity["kind"])], str(entity["name"])
        for alias in [*entity["aliases"], name]:
            merged[(record_field, fold(str(alias)))] = name
    return merged


def _naming(records: Iterable[Record], merged: Folded) -> tuple[Names, Dated]:
    """The names every record's entities go by, and the surnames several people claim, with
    the years of each claimant's briefings (one of them may fit a record's date).
    ``merged``: the editors' names, which override what the records suggest."""
    names: Names = {}
    dated: Dated = {}
    entries: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    years: dict[str, tuple[int, int]] = {}  # person -> first and last year named
    for record in records:
        year = _year(record)
        for record_field in NAMED_FIELDS:
            for entry in record.get(record_field) or []:
                name = str(entry["name"])
                entries[record_field][name] += 1
                for alias in entry.get("aliases") or []:
                    aliases[record_field][fold(str(alias))].add(name)
                if record_field == "people" and year:
                    first, last = years.get(name, (year, year))
                    years[name] = (min(first, year), max(last, year))
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
            elif len(owners) > 1 and record_field == "people":
                dated[name] = [(*years[o], o) for o in sorted(owners) if o in years]
        for name in counts:
            main = merged.get((record_field, fold(name)))
            if main is None:
                continue
            names.pop((record_field, name), None)
            if main != name:
                names[(record_field, name)] = main
            if record_field == "people":
                dated.pop(name, None)
    return _resolved(names), dated


def _year(record: Record) -> int:
    date = str(record.get("date") or "")
    return int(date[:4]) if date[:4].isdigit() else 0


def _by_date(claimants: list[tuple[int, int, str]], year: int) -> str | None:
    """The one claimant whose briefings' years (give or take DATE_MARGIN_YEARS) hold ``year``."""
    fits = [
        name
        for first, last, name in claimants
        if year and first - DATE_MARGIN_YEARS <= year <= last + DATE_MARGIN_YEARS
    ]
    return fits[0] if len(fits) == 1 else None


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


def hub_named(records: list[Record], editors: EntitiesFile | None = None) -> list[Record]:
    """The records with every entity under its hub's name (copies of those that change),
    without the names ``editors`` (entities.yaml) lists as no entity of their kind."""
    rejected = _rejected(editors)
    if rejected:
        records = [_without(r, rejected) for r in records]
    names, dated = _naming(records, _editor_names(editors))
    return [_renamed(r, names, dated) for r in records] if names or dated else records


def rejected_names(records: list[Record], editors: EntitiesFile | None) -> set[tuple[str, str]]:
    """(record field, name) of each name the records give an entity that ``editors`` lists
    as no entity of that kind: hub_named leaves them out."""
    rejected = _rejected(editors)
    if not rejected:
        return set()
    return {
        (record_field, str(entry["name"]))
        for record in records
        for record_field in NAMED_FIELDS
        for entry in record.get(record_field) or []
        if (record_field, fold(str(entry["name"]))) in rejected
    }


def _rejected(editors: EntitiesFile | None) -> set[tuple[str, str]]:
    """(record field, folded name) of every name entities.yaml lists as no entity."""
    listed = editors.not_entities if editors is not None else []
    return {(KINDS[str(n["kind"])], fold(str(n["name"]))) for n in listed}


def _without(record: Record, rejected: set[tuple[str, str]]) -> Record:
    """The record without the entries whose name is no entity of their field's kind."""
    changed = {
        record_field: [e for e in entries if (record_field, fold(str(e["name"]))) not in rejected]
        for record_field in NAMED_FIELDS
        for entries in [record.get(record_field) or []]
        if any((record_field, fold(str(e["name"]))) in rejected for e in entries)
    }
    return {**record, **changed} if changed else record


def _main_name(record_field: str, name: str, names: Names, dated: Dated, year: int) -> str:
    """The name the hub of ``name`` goes by in a record of ``year``."""
    main = names.get((record_field, name))
    if main is None and record_field == "people" and name in dated:
        main = _by_date(dated[name], year)
    return main or name


def _renamed(record: Record, names: Names, dated: Dated) -> Record:
    changed: dict[str, Any] = {}
    speakers: dict[str, str] = {}
    year = _year(record)
    for record_field in NAMED_FIELDS:
        entries = record.get(record_field) or []
        mains = [_main_name(record_field, str(e["name"]), names, dated, year) for e in entries]
        if all(main == e["name"] for main, e in zip(mains, entries, strict=True)):
            continue
        joined: dict[str, dict[str, Any]] = {}
        for entry, main in zip(entries, mains, strict=True):
            name = str(entry["name"])
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
