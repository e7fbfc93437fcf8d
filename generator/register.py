"""The desk's register of entities: derived from the records, corrected by entities.yaml.

Every record names its people, organizations, places and groups on its own; the
register puts them together: one entity per (kind, canonical name), with the
briefings that name it, the other names it goes by and, for people, the roles the
records give them with the dates of those records. ``briefings/entities.yaml`` says
which names are one entity and which are no entity of a kind (entities_file.py).
"""

from __future__ import annotations

import functools
import re
import shlex
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from generator.entities_file import KINDS, EntitiesFile
from generator.given_names import familiar_forms
from generator.record import Record


@dataclass
class Entity:
    """One entity of the desk and what the records say about it."""

    kind: str
    name: str
    briefings: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    roles: set[tuple[str, str]] = field(default_factory=set)  # (date, role) of people
    #: Dates of the first and last briefing naming it (``YYYY-MM-DD``).
    first: str = ""
    last: str = ""
    #: Places: how the records class it and the country codes they give it.
    place_kinds: set[str] = field(default_factory=set)
    country_codes: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.briefings)


Key = tuple[str, str]  # (kind, canonical name)

#: An entity fits a story dated this many years before its first briefing or after its last.
DATE_MARGIN_YEARS = 2


def build_register(records: list[Record], editors: EntitiesFile) -> dict[Key, Entity]:
    """Every entity the valid records name, with entities.yaml's merges and rejections."""
    canonical = editors.canonical()
    rejected = editors.rejected()
    register: dict[Key, Entity] = {}
    for record in records:
        for kind, record_field in KINDS.items():
            for entry in record.get(record_field) or []:
                name = str(entry["name"])
                if (kind, name) in rejected:
                    continue
                main = canonical.get((kind, name), name)
                entity = register.setdefault((kind, main), Entity(kind, main))
                entity.briefings.add(str(record["id"]))
                date = str(record["date"])
                entity.first = min(entity.first or date, date)
                entity.last = max(entity.last, date)
                entity.aliases.update(str(a) for a in entry.get("aliases") or [])
                entity.aliases.add(name)
                entity.aliases.discard(main)
                if kind == "person" and entry.get("role"):
                    entity.roles.add((date, str(entry["role"])))
                if kind == "place":
                    entity.place_kinds.add(str(entry.get("kind") or "other"))
                    if entry.get("country_code"):
                        entity.country_codes.add(str(entry["country_code"]))
    for entity_entry in editors.entities:
        # A preferred name with its aliases is an entity even before a record names it so.
        key = (str(entity_entry["kind"]), str(entity_entry["name"]))
        if key in register:
            register[key].aliases.update(str(a) for a in entity_entry["aliases"])
    return register


def _sort_key(entity: Entity) -> tuple[int, int, str, str]:
    return (list(KINDS).index(entity.kind), -entity.count, entity.name.casefold(), entity.name)


def entity_lines(register: dict[Key, Entity], kind: str | None = None) -> list[str]:
    """One line per entity: briefing count, kind, name, the other names it goes by and, for
    people, the roles the records give them over time."""
    lines = []
    for entity in sorted(register.values(), key=_sort_key):
        if kind is not None and entity.kind != kind:
            continue
        line = f"{entity.count:>5}  {entity.kind:<12}  {entity.name}"
        if entity.aliases:
            line += f"  (also: {', '.join(sorted(entity.aliases, key=str.casefold))})"
        if entity.roles:
            line += f"  [{role_history(entity.roles)}]"
        lines.append(line)
    return lines


def role_history(roles: set[tuple[str, str]]) -> str:
    """'Labour leader, 1994; Prime Minister, 1997-2007': each role with the years of the
    records that give it, earliest first."""
    years: dict[str, list[str]] = defaultdict(list)
    for date, role in sorted(roles):
        years[role].append(date[:4])
    spans = []
    for role, seen in years.items():
        span = seen[0] if seen[0] == seen[-1] else f"{seen[0]}-{seen[-1]}"
        spans.append(f"{role}, {span}")
    return "; ".join(spans)


# --- suspects -----------------------------------------------------------------------------

_NOT_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name without case, accents, punctuation, spaces or a leading 'the'."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"^the\s+", "", plain.strip())
    return _NOT_WORD.sub("", plain)


def _words(name: str) -> list[str]:
    return [w for w in _NOT_WORD.split(name) if w]


def a_kind(kind: str) -> str:
    """'a person', 'an organization'."""
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _briefings(count: int) -> str:
    return f"{count} briefing" + ("" if count == 1 else "s")


def _pair(kind: str, one: Entity, other: Entity) -> str:
    first = f"'{one.name}' ({_briefings(one.count)})"
    return f"{kind} {first} and '{other.name}' ({_briefings(other.count)})"


def _merge_hint(smaller: Entity, larger: Entity) -> str:
    return f"; try: briefings merge {shlex.quote(smaller.name)} {shlex.quote(larger.name)}"


def suspect_lines(register: dict[Key, Entity], kind: str | None = None) -> list[str]:
    """Likely duplicates and likely non-entities, one line each, sorted by kind then name."""
    entities = sorted(
        (e for e in register.values() if kind is None or e.kind == kind), key=_sort_key
    )
    found: list[tuple[Key, str]] = []
    found += _bare_surnames(entities)
    found += _near_spellings(entities)
    found += _given_name_forms(entities)
    found += _shared_aliases(entities)
    found += _not_people(entities, register)
    kinds = list(KINDS)
    return [
        line
        for _, line in sorted(found, key=lambda f: (kinds.index(f[0][0]), f[0][1].casefold(), f[1]))
    ]


def _bare_surnames(entities: list[Entity]) -> list[tuple[Key, str]]:
    """A one-word person name that is the last word of exactly one fuller person name."""
    people = [e for e in entities if e.kind == "person"]
    by_last: dict[str, list[Entity]] = defaultdict(list)
    for person in people:
        words = _words(person.name)
        if len(words) > 1:
            by_last[fold(words[-1])].append(person)
    found = []
    for person in people:
        words = _words(person.name)
        if len(words) != 1:
            continue
        fuller = by_last.get(fold(words[0]), [])
        if len(fuller) == 1:
            full = fuller[0]
            found.append(
                (
                    ("person", person.name),
                    f"duplicate? {_pair('person', person, full)}: a bare surname that matches"
                    f" one full name{_merge_hint(person, full)}",
                )
            )
    return found


def _near_spellings(entities: list[Entity]) -> list[tuple[Key, str]]:
    """Names of one kind that differ only in case, accents, punctuation or spacing."""
    groups: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for entity in entities:
        groups[(entity.kind, fold(entity.name))].append(entity)
    found = []
    for (group_kind, _), members in groups.items():
        if len(members) < 2:
            continue
        ranked = sorted(members, key=lambda e: (-e.count, e.name))
        larger = ranked[0]
        for smaller in ranked[1:]:
            found.append(
                (
                    (group_kind, smaller.name),
                    f"duplicate? {_pair(group_kind, smaller, larger)}: near-identical spellings"
                    f"{_merge_hint(smaller, larger)}",
                )
            )
    return found


def _given_name_forms(entities: list[Entity]) -> list[tuple[Key, str]]:
    """Two person names alike but for two forms of one given name ("Joe Vell", "Joseph Vell")."""
    by_rest: dict[tuple[str, ...], list[Entity]] = defaultdict(list)
    for entity in entities:
        words = _words(entity.name)
        if entity.kind == "person" and len(words) > 1:
            by_rest[tuple(fold(w) for w in words[1:])].append(entity)
    found = []
    for members in by_rest.values():
        ranked = sorted(members, key=lambda e: (-e.count, e.name))
        for at, larger in enumerate(ranked):
            for smaller in ranked[at + 1 :]:
                if familiar_forms(_words(smaller.name)[0], _words(larger.name)[0]):
                    found.append(
                        (
                            ("person", smaller.name),
                            f"duplicate? {_pair('person', smaller, larger)}: one given name in"
                            f" two forms{_merge_hint(smaller, larger)}",
                        )
                    )
    return found


def _family_name(alias: str, name: str) -> bool:
    """'Haddad' or 'Bin Tariq' of 'Omar bin-Tariq': the last words of the name."""
    short = [fold(w) for w in _words(alias)]
    full = [fold(w) for w in _words(name)]
    return 0 < len(short) < len(full) and full[-len(short) :] == short


def _shared_aliases(entities: list[Entity]) -> list[tuple[Key, str]]:
    """One alias that two entities of a kind go by, other than a family name they share."""
    owners: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entity in entities:
        for alias in entity.aliases:
            if not _family_name(alias, entity.name):
                owners[(entity.kind, alias)].append(entity.name)
    found = []
    for (alias_kind, alias), names in owners.items():
        if len(names) > 1:
            listed = " and ".join(f"'{n}'" for n in sorted(names))
            found.append(
                (
                    (alias_kind, alias),
                    f"duplicate? {alias_kind} alias '{alias}' is claimed by {listed}",
                )
            )
    return found


def _not_people(entities: list[Entity], register: dict[Key, Entity]) -> list[tuple[Key, str]]:
    """A one-word 'person' whose name the records also give an organization, place or group."""
    other_kinds: dict[str, set[str]] = defaultdict(set)
    for entity in register.values():
        if entity.kind != "person":
            for name in (entity.name, *entity.aliases):
                other_kinds[fold(name)].add(entity.kind)
    found = []
    for person in entities:
        if person.kind != "person" or len(_words(person.name)) != 1:
            continue
        also = sorted(other_kinds.get(fold(person.name), ()), key=list(KINDS).index)
        if also:
            found.append(
                (
                    ("person", person.name),
                    f"not a person? '{person.name}' ({_briefings(person.count)}) is one word and"
                    f" also named as {' and '.join(a_kind(k) for k in also)};"
                    " if it is no person, list it under not_entities in briefings/entities.yaml",
                )
            )
    return found
