"""Ingest links what it extracts to the desk's register of entities.

The index is built once per ingest run from the records on disk and entities.yaml
(`LinkIndex`); each mention is then one or two dictionary lookups (`link_fields`):

- a name entities.yaml lists under ``not_entities`` for a kind leaves that kind;
- a name the register knows only as another kind (in at least ``KIND_EVIDENCE``
  published briefings, never as the extracted kind) moves to that kind;
- a name that exactly one register entity goes by (its name, an alias, or for a
  person the surname of a full name), with the document agreeing, is written under
  the entity's canonical name and keeps the mention as an alias. Agreeing: the
  document's date lies within the entity's years (``DATE_MARGIN_YEARS`` either
  side), a place's country code is one the register gives it, and when several
  entities fit, a stated role picks those that held it;
- a name several entities still fit stays as written, and the note says so.

Only the fields of a record being written pass through here: an editor's file is
never read back through the extractor, so edited records stay as they are.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.atomic import write_atomic
from generator.entities_file import KINDS, EntitiesFile, read_entities
from generator.linking_text import Words, found_in_text, written_names
from generator.project import Project
from generator.record import Record
from generator.register import DATE_MARGIN_YEARS, Entity, build_register, fold
from generator.store import record_paths
from generator.yamlio import MAX_FILE_BYTES, load_yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: The entity views of the record files, beside the rendered pages in build/.
CACHE_NAME = ".register-cache.json"
#: Where YAML may start an anchor (&a) or alias (*a): after a space, a line start or a flow mark.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]", re.MULTILINE)
CACHE_VERSION = 3

#: Briefings that must name a name as another kind (and none as the extracted one) to move it.
KIND_EVIDENCE = 2
#: Entity names an ambiguity note lists.
NOTE_NAMES = 3


@dataclass(frozen=True)
class Known:
    """A register entity as linking needs it."""

    kind: str
    name: str
    first_year: int
    last_year: int
    roles: frozenset[str]
    place_kind: str
    country_codes: frozenset[str]
    briefings: int = 0


@dataclass
class LinkIndex:
    """Lookups over the register: folded name -> entities, kinds and rejections."""

    #: (kind, folded form) -> entities going by that form (name, alias, or a person's surname).
    forms: dict[tuple[str, str], list[Known]] = field(default_factory=dict)
    #: Folded name or alias -> briefings naming it, per kind.
    kinds: dict[str, Counter[str]] = field(default_factory=dict)
    #: (kind, folded name) of every name entities.yaml says is no entity of that kind.
    rejected: frozenset[tuple[str, str]] = frozenset()
    #: (kind, folded alias) -> the entity an editor merged it into (entities.yaml).
    merged: dict[tuple[str, str], str] = field(default_factory=dict)
    #: Words of each name a published record confirms -> its kind and entity (linking_text).
    written: dict[Words, tuple[str, Known]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.forms or self.rejected)


def _year(date: str) -> int:
    return int(date[:4]) if date[:4].isdigit() else 0


def _known(entity: Entity) -> Known:
    place_kinds = sorted(entity.place_kinds - {"other"}) or sorted(entity.place_kinds)
    return Known(
        kind=entity.kind,
        name=entity.name,
        first_year=_year(entity.first),
        last_year=_year(entity.last),
        roles=frozenset(fold(role) for _, role in entity.roles),
        place_kind=place_kinds[0] if len(place_kinds) == 1 else "other",
        country_codes=frozenset(entity.country_codes),
        briefings=entity.count,
    )


def build_index(records: list[Record], editors: EntitiesFile) -> LinkIndex:
    """The lookups of one ingest run, from the valid records and entities.yaml."""
    forms: dict[tuple[str, str], list[Known]] = defaultdict(list)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    entities = [(e, _known(e)) for e in build_register(records, editors).values()]
    # What an editor has reviewed (a published record) is evidence; a draft is the
    # generator's own guess, and must not teach the register its own mistakes.
    reviewed = {str(r["id"]) for r in records if r.get("status") == "published"}
    for entity, known in entities:
        names = {fold(n) for n in (entity.name, *entity.aliases)} - {""}
        if entity.kind == "person":
            words = entity.name.split()
            if len(words) > 1:
                names.add(fold(words[-1]))
        for name in names:
            forms[(entity.kind, name)].append(known)
        for name in {fold(n) for n in (entity.name, *entity.aliases)} - {""}:
            kinds[name][entity.kind] += len(entity.briefings & reviewed)
    rejected = frozenset((kind, fold(name)) for kind, name in editors.rejected())
    merged = {(kind, fold(alias)): name for (kind, alias), name in editors.canonical().items()}
    written = written_names(entities, reviewed, rejected)
    return LinkIndex(dict(forms), dict(kinds), rejected, merged, written)


# --- one record's fields ---------------------------------------------------------------


def link_fields(fields: dict[str, Any], index: LinkIndex) -> tuple[dict[str, Any], list[str]]:
    """The fields with their entities linked to the register, and notes for the ingest line.

    ``fields`` is left as it is; the result shares nothing mutable with it.
    """
    linked = {**fields, **{f: [dict(e) for e in fields.get(f) or []] for f in KINDS.values()}}
    linked["quotes"] = [dict(q) for q in fields.get("quotes") or []]
    if index.empty:
        return linked, []
    year = _year(str(fields.get("date") or ""))
    notes: list[str] = []
    renamed: dict[str, str | None] = {}  # speaker name -> new name (None: no entity now)
    moved: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for kind, record_field in KINDS.items():
        kept = []
        for entry in linked[record_field]:
            name = str(entry["name"])
            target = _kind_for(kind, name, index)
            if target is None:
                renamed.setdefault(name, None)
                continue
            if target != kind:
                moved[target].append(_as_kind(entry, target, index))
                continue
            kept.append(entry)
        linked[record_field] = kept
    for kind, record_field in KINDS.items():
        entries = linked[record_field] + moved[kind]
        linked[record_field] = _canonical(kind, entries, index, year, notes, renamed)
    _respeak(linked, renamed)
    for words, kind, known in found_in_text(str(fields.get("body") or ""), linked, index.written):
        written = " ".join(words)
        aliases = [written] if written != known.name else []
        linked[KINDS[kind]].append(_entry(kind, known.name, aliases, known))
    return linked, notes


def _entry(kind: str, name: str, aliases: list[str], known: Known | None) -> dict[str, Any]:
    """A new entry of ``kind``'s list, its fields in the record's order; a place takes its
    kind and country from the register entity ``known``, when there is one."""
    entry: dict[str, Any] = {"name": name}
    if kind == "person":
        entry["role"] = None
    if kind == "place":
        codes = sorted(known.country_codes) if known else []
        entry["kind"] = known.place_kind if known else "other"
        entry["country_code"] = codes[0] if len(codes) == 1 else None
    entry["aliases"] = aliases
    return entry


def _kind_for(kind: str, name: str, index: LinkIndex) -> str | None:
    """The kind a mention belongs to; None when the register rejects it as any entity."""
    folded = fold(name)
    if (kind, folded) in index.forms:
        return kind
    counts = index.kinds.get(folded, Counter())
    others = [k for k, n in counts.items() if k != kind and n >= KIND_EVIDENCE]
    if len(others) == 1 and (others[0], folded) not in index.rejected:
        return others[0]
    return None if (kind, folded) in index.rejected else kind


def _as_kind(entry: dict[str, Any], kind: str, index: LinkIndex) -> dict[str, Any]:
    """An entry of another kind re-shaped for ``kind``'s list."""
    fits = index.forms.get((kind, fold(str(entry["name"]))), [])
    one = fits[0] if len(fits) == 1 else None
    return _entry(kind, str(entry["name"]), list(entry.get("aliases") or []), one)


def _canonical(
    kind: str,
    entries: list[dict[str, Any]],
    index: LinkIndex,
    year: int,
    notes: list[str],
    renamed: dict[str, str | None],
) -> list[dict[str, Any]]:
    """Entries under their register names, joined where two become one, in their order."""
    out: dict[str, dict[str, Any]] = {}
    for entry in entries:
        name = str(entry["name"])
        fits = _fitting(kind, entry, index, year)
        if len(fits) > 1:
            listed = " and ".join(sorted(k.name for k in fits)[:NOTE_NAMES])
            notes.append(f"{kind} '{name}' left as written: the register knows {listed}")
        main = fits[0].name if len(fits) == 1 else name
        if main != name:
            entry = {**entry, "name": main, "aliases": [name, *(entry.get("aliases") or [])]}
            renamed[name] = main
        if main in out:
            _join(out[main], entry)
        else:
            out[main] = entry
        out[main]["aliases"] = [
            a for a in dict.fromkeys(out[main].get("aliases") or []) if a != main
        ]
    return list(out.values())


def _fitting(kind: str, entry: dict[str, Any], index: LinkIndex, year: int) -> list[Known]:
    """The register entities this mention may be, as far as the document agrees."""
    fits = index.forms.get((kind, fold(str(entry["name"]))), [])
    if year:
        fits = [
            k
            for k in fits
            if not k.first_year
            or k.first_year - DATE_MARGIN_YEARS <= year <= k.last_year + DATE_MARGIN_YEARS
        ]
    code = entry.get("country_code")
    if kind == "place" and code:
        fits = [k for k in fits if not k.country_codes or code in k.country_codes]
    role = fold(str(entry.get("role") or ""))
    if len(fits) > 1 and role:
        held = [k for k in fits if any(r.endswith(role) or role.endswith(r) for r in k.roles)]
        # Only a known other role rules a candidate out: one with no role on record may
        # have held this one too.
        if held and all(k.roles for k in fits if k not in held):
            fits = held
    name = fold(str(entry["name"]))
    chosen = [k for k in fits if k.name == index.merged.get((kind, name))]
    if chosen:
        return chosen  # an editor's merge names the entity; the document did not object
    if kind != "person" or len(str(entry["name"]).split()) == 1:
        # A register entity under this very name ("Lindqvist", "PLP") is the duplicate that the
        # one fuller entity claiming the name absorbs, as the hubs do (sitemodel.canon).
        fits = [k for k in fits if fold(k.name) != name] or fits
    if len(fits) > 1 and len({fold(k.name) for k in fits}) == 1:
        fits = [max(fits, key=lambda k: (k.briefings, k.name))]  # spellings of one name
    return fits


def _join(into: dict[str, Any], other: dict[str, Any]) -> None:
    """``other``'s names and missing values into ``into`` (the more important entry)."""
    into["aliases"] = [*(into.get("aliases") or []), other["name"], *(other.get("aliases") or [])]
    for key in ("role", "kind", "country_code"):
        if key in other and into.get(key) in (None, "other") and other[key] is not None:
            into[key] = other[key]


def _respeak(fields: dict[str, Any], renamed: dict[str, str | None]) -> None:
    """Quotes name their speaker as the linked entries do; a speaker no entry names is None."""
    if not renamed:
        return
    names = {str(e["name"]) for f in ("people", "organizations") for e in fields[f]}
    for quote in fields["quotes"]:
        speaker = quote.get("speaker")
        if speaker in renamed and speaker not in names:
            new = renamed[speaker]
            quote["speaker"] = new if new in names else None


# --- the project's register, read fast -----------------------------------------------


def project_index(project: Project, *, save: bool = True) -> LinkIndex:
    """The index of a project: its records and entities.yaml.

    Records are read with the C loader and only for their entities: `check` is where a
    broken record is reported, so one that cannot be read here is simply left out. A
    broken entities.yaml reads as empty (read_entities), as for every other command.
    What each file gave is kept in ``build/`` with its size and modification time (an
    unchanged stat means unchanged bytes: records are written atomically), so a desk of
    10,000 records is not parsed again for every ingest (``save=False``: read it, write
    nothing, for `briefings extract`).
    """
    editors, _ = read_entities(project.briefings)
    cache_path = project.docs.parent / CACHE_NAME
    cached = _read_cache(cache_path)
    fresh: dict[str, list[Any]] = {}
    records = []
    for path in record_paths(project.briefings):
        try:
            stat = path.stat()
        except OSError:
            continue
        stamp = [stat.st_size, stat.st_mtime_ns]
        hit: Any = cached.get(path.name)
        known = isinstance(hit, list) and len(hit) == 3 and hit[:2] == stamp
        # Checked again: the cache is only a file in build/, and a bad entry is read anew.
        view = _view_of(hit[2]) if known else None
        if view is None and not (known and hit[2] is None):
            view = _entity_view(path)
        fresh[path.name] = [*stamp, view]
        if view is not None:
            records.append(view)
    if save and fresh != cached:
        with contextlib.suppress(OSError):
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps({"version": CACHE_VERSION, "files": fresh}, ensure_ascii=False)
            write_atomic(cache_path, data.encode("utf-8"), durable=False)
    return build_index(records, editors)


def _read_cache(path: Path) -> dict[str, list[Any]]:
    """The cached entity views by file name; empty when missing, old or unreadable."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _entity_part(text: str) -> str:
    """The record up to its quotes: the stable dumper writes the entity lists before the
    quotes and the body, which are most of the bytes (a reordered file is read whole)."""
    for key in ("\nquotes:", "\nbody:"):
        cut = text.find(key)
        if cut > 0:
            return text[:cut]
    return text


def _load(text: str, name: str) -> Any:
    """YAML read fast with the C loader; text that may hold an anchor or alias goes through
    the project's own loader, which refuses them (an alias can multiply a small file)."""
    if _ANCHOR.search(text):
        loaded = load_yaml(text, name)
        return None if loaded.problems else loaded.data
    return yaml.load(text, Loader=_LOADER)


def _entity_view(path: Path) -> Record | None:
    """What the register reads of one record file (id, date, entity lists), or None."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        text = path.read_text("utf-8")
        data = _load(_entity_part(text), path.name)
        if isinstance(data, dict) and not all(f in data for f in KINDS.values()):
            data = _load(text, path.name)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return _view_of(data)


def _view_of(data: object) -> Record | None:
    """The id, date, status and well-formed entity entries of a record's data, or None."""
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    view: Record = {
        "id": data["id"],
        "date": str(data.get("date") or ""),
        "status": str(data.get("status") or ""),
    }
    for record_field in KINDS.values():
        entries = data.get(record_field)
        view[record_field] = [
            {**e, "aliases": [str(a) for a in e.get("aliases") or [] if isinstance(a, str)]}
            for e in (entries if isinstance(entries, list) else [])
            if isinstance(e, dict)
            and isinstance(e.get("name"), str)
            and isinstance(e.get("aliases") or [], list)
        ]
    return view
