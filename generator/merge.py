"""`briefings merge FROM INTO`: one entity into another across every record, atomically.

Every record whose list of that kind has an entry named FROM is rewritten: the
entry becomes INTO (joined with INTO's entry when the record has one), FROM is kept
as an alias, a role, place kind or country code FROM has and INTO lacks moves over,
and quotes spoken by FROM are spoken by INTO. The merge is recorded in
``briefings/entities.yaml``. All files are written or none. Each file is changed in
place (``yaml_edit``): the editor's comments and layout stay; one that cannot be is
re-dumped, and its line says so.

A rewritten record is an edited record: the manifest keeps the hash the generator
wrote, so a later ingest keeps the file whole (reported "kept (edited)"), as it does
for any editor's change. An entry that merely has FROM among its aliases names
another entity in that text and is left alone.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.atomic import project_lock
from generator.entities_file import (
    KINDS,
    EntitiesFile,
    parse_entities,
    read_entities,
)
from generator.layout import ENTITIES_FILE, ENTITIES_NAME, RECORDS_FOLDER
from generator.problems import Problem, UsageError
from generator.project import Project
from generator.record import Record, ordered, validate
from generator.register import a_kind
from generator.store import RecordFile, read_record, record_paths
from generator.yaml_comments import carry_comments
from generator.yaml_edit import COMMENTS_LOST, edit_yaml
from generator.yamlio import dump_yaml, load_yaml


@dataclass
class MergeResult:
    """What a merge changed (one line per file) or, if refused, why."""

    lines: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def merge(project: Project, source: str, target: str, kind: str | None = None) -> MergeResult:
    """Merge the entity named ``source`` into ``target`` in every record and entities.yaml."""
    source, target = " ".join(source.split()), " ".join(target.split())
    if not source or not target:
        raise UsageError('give two names: briefings merge "FROM" "INTO"')
    if source == target:
        raise UsageError(f"'{source}' and '{target}' are the same name; nothing to merge")
    with project_lock(project.briefings):
        files = [
            read_record(path, f"{RECORDS_FOLDER}/{path.name}", project.root)
            for path in may_name(project.briefings, source)
        ]
        editors, problems = read_entities(project.briefings)
        problems += [p for f in files for p in f.problems]
        if problems:
            # A record that cannot be read might name FROM: merging around it would lose it.
            return MergeResult(problems=sorted(problems))
        kind = _kind_of(files, editors, source, kind)
        _refuse_alias_target(editors, kind, target)
        changes: dict[Path, bytes] = {}
        lines: list[str] = []
        for file in files:
            record = file.record
            assert record is not None  # no problems, so every file is a record
            merged, notes = merge_record(record, KINDS[kind], source, target)
            if merged is None:
                continue
            data, kept = rewrite_record(file.path, merged, (KINDS[kind], source, target))
            if not kept:
                notes.append(COMMENTS_LOST)
            problems += _recheck(data, file)
            changes[file.path] = data
            note = f" ({'; '.join(notes)})" if notes else ""
            lines.append(f"{file.rel}: {kind} '{source}' merged into '{target}'{note}")
        recorded = record_merge(editors, kind, source, target)
        # Compared as data: an editor's own layout of the file stays until it must change.
        if (recorded.entities, recorded.not_entities) != (editors.entities, editors.not_entities):
            entities_path = project.briefings / ENTITIES_NAME
            data, kept = _rewrite_entities(entities_path, recorded, (kind, source, target))
            problems += parse_entities(data.decode("utf-8"))[1]
            changes[entities_path] = data
            lost = "" if kept else f" ({COMMENTS_LOST})"
            lines.append(
                f"{ENTITIES_FILE}: '{source}' recorded as an alias of the {kind} '{target}'{lost}"
            )
        if problems:
            return MergeResult(problems=sorted(problems))
        write_all(changes)
    return MergeResult(lines=lines)


def may_name(folder: Path, name: str) -> list[Path]:
    """The record files that may name ``name``: only these are read and validated.

    A record names an entity in a YAML scalar, and the dumper folds a long one only
    between words, so a file without the name's longest word cannot name it. A file that
    cannot be searched so (not UTF-8, or holding escapes, which could spell the word
    otherwise) is read anyway: a record that cannot be read might name FROM, and the
    merge must then refuse. On 10,000 records this reads the few hundred that matter
    instead of parsing every file (about 40 s).
    """
    word = max(name.split(), key=len).encode("utf-8")
    found = []
    for path in record_paths(folder):
        try:
            raw = path.read_bytes()
        except OSError:
            found.append(path)  # read_record reports it
            continue
        if word in raw or b"\\" in raw or not _is_utf8(raw):
            found.append(path)
    return found


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _kind_of(files: list[RecordFile], editors: EntitiesFile, source: str, kind: str | None) -> str:
    """The kind of entity ``source`` names: given, or the one kind records name it as."""
    if kind is not None:
        if kind not in KINDS:
            raise UsageError(f"unknown kind '{kind}': use one of {', '.join(KINDS)}")
        return kind
    kinds = {
        entity_kind
        for f in files
        for entity_kind, record_field in KINDS.items()
        if any(e["name"] == source for e in (f.record or {}).get(record_field) or [])
    }
    kinds |= {k for k, name in editors.canonical() if name == source}
    if not kinds:
        raise UsageError(f"no record names '{source}' and entities.yaml does not know it")
    if len(kinds) > 1:
        named = " and ".join(a_kind(k) for k in sorted(kinds))
        raise UsageError(f"'{source}' is named as {named}; say which with --kind")
    return kinds.pop()


def _refuse_alias_target(editors: EntitiesFile, kind: str, target: str) -> None:
    if (kind, target) in editors.rejected():
        raise UsageError(
            f"entities.yaml lists '{target}' as no {kind} (not_entities); remove it there first"
        )
    main = editors.canonical().get((kind, target))
    if main is not None:
        raise UsageError(
            f"'{target}' was merged into the {kind} '{main}' (entities.yaml); merge into '{main}'"
        )


def rewrite_record(
    path: Path, record: Record, folded: tuple[str, str, str] | None = None
) -> tuple[bytes, bool]:
    """The file at ``path`` changed to hold ``record``, and whether its comments and layout
    were kept (else it is the generator's dump of the record). ``folded``: (record field,
    FROM, INTO) of an entry the change joined into another; its comments go above INTO's."""
    text = path.read_text("utf-8")
    edited = edit_yaml(text, ordered(record))
    if edited is None:
        return dump_yaml(ordered(record)).encode("utf-8"), False
    if folded is not None:
        record_field, source, target = folded
        moved = carry_comments(
            text, edited, record_field, _named(source), _named(target), _from(source)
        )
        if moved is None:
            return edited.encode("utf-8"), False
        edited = moved
    return edited.encode("utf-8"), True


def _named(name: str) -> Callable[[Any], bool]:
    """Whether a list item is a record's entry of ``name``."""
    return lambda item: isinstance(item, dict) and item.get("name") == name


def _rewrite_entities(
    path: Path, recorded: EntitiesFile, merge: tuple[str, str, str]
) -> tuple[bytes, bool]:
    """entities.yaml changed to hold ``recorded``, kept as the editor laid it out if it can.
    ``merge``: (kind, FROM, INTO); the comments of an entry FROM that the merge folds into
    INTO's entry go above INTO's, under a line saying where they came from."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return recorded.to_bytes(), True
    held = load_yaml(text, ENTITIES_FILE).data
    # Keys the file has stay even when emptied ([]): the register reads both the same.
    wanted = {
        key: value
        for key, value in (("entities", recorded.entities), ("not_entities", recorded.not_entities))
        if value or (isinstance(held, dict) and key in held)
    }
    edited = edit_yaml(text, wanted or {"entities": []})
    if edited is None:
        return recorded.to_bytes(), False
    kind, source, target = merge
    moved = carry_comments(
        text, edited, "entities", _entry_of(kind, source), _entry_of(kind, target), _from(source)
    )
    if moved is None:
        return edited.encode("utf-8"), False  # the folded entry's comments are lost
    return moved.encode("utf-8"), True


def _from(source: str) -> str:
    """The line above comments carried over from a folded entry."""
    return f"# merged here from '{source}':"


def _entry_of(kind: str, name: str) -> Callable[[Any], bool]:
    """Whether a list item is the entities.yaml entry of ``name`` as ``kind``."""
    return lambda item: (
        isinstance(item, dict) and item.get("kind") == kind and item.get("name") == name
    )


def _recheck(data: bytes, file: RecordFile) -> list[Problem]:
    """The rewritten record must be as valid as the one it replaces."""
    loaded = load_yaml(data.decode("utf-8"), file.rel)
    return loaded.problems + validate(loaded, file.rel, stem=file.path.stem)


# --- one record -------------------------------------------------------------------------


def merge_record(
    record: Record, record_field: str, source: str, target: str
) -> tuple[Record | None, list[str]]:
    """The record with ``source`` merged into ``target`` in ``record_field``, and notes on
    what could not move; None when no entry there is named ``source``."""
    entries: list[dict[str, Any]] = record.get(record_field) or []
    at = next((i for i, e in enumerate(entries) if e["name"] == source), None)
    if at is None:
        return None, []
    merged = deepcopy(record)
    entries = merged[record_field]
    old = entries[at]
    into_at = next((i for i, e in enumerate(entries) if e["name"] == target), None)
    notes: list[str] = []
    if into_at is None:
        new = {**old, "name": target}
        new["aliases"] = _aliases(target, [source, *old["aliases"]])
        entries[at] = new
    else:
        into = entries[into_at]
        into["aliases"] = _aliases(target, [*into["aliases"], source, *old["aliases"]])
        for key in ("role", "kind", "country_code"):
            notes += _carry(key, old, into, source)
        # The joined entry stands where the more important of the two stood.
        del entries[at]
        entries.remove(into)
        entries.insert(min(at, into_at), into)
    if record_field in ("people", "organizations"):
        other = "organizations" if record_field == "people" else "people"
        # A speaker named FROM is this entity, unless the other kind has a FROM too.
        if not any(e["name"] == source for e in merged.get(other) or []):
            for quote in merged.get("quotes") or []:
                if quote.get("speaker") == source:
                    quote["speaker"] = target
    return merged, notes


def _aliases(name: str, aliases: list[str]) -> list[str]:
    """Each alias once, in first-seen order, never the name itself."""
    return [a for a in dict.fromkeys(aliases) if a != name]


def _carry(key: str, old: dict[str, Any], into: dict[str, Any], source: str) -> list[str]:
    """Move a value of ``key`` that ``into`` lacks; a differing one is reported, not lost."""
    if key not in old or old[key] is None or old[key] == into.get(key):
        return []
    if into.get(key) is None:
        into[key] = old[key]
        return []
    if key == "kind" and "other" in (old[key], into[key]):
        into[key] = into[key] if old[key] == "other" else old[key]
        return []
    return [f"{key} '{into[key]}' kept; '{source}' had '{old[key]}'"]


# --- entities.yaml ---------------------------------------------------------------------


def record_merge(editors: EntitiesFile, kind: str, source: str, target: str) -> EntitiesFile:
    """entities.yaml with ``source`` (and whatever was merged into it) an alias of ``target``."""
    entities = deepcopy(editors.entities)
    folded: list[str] = [source]
    for entry in list(entities):
        if entry["kind"] == kind and entry["name"] == source:
            folded += entry["aliases"]
            entities.remove(entry)
    into = next((e for e in entities if e["kind"] == kind and e["name"] == target), None)
    if into is None:
        into = {"name": target, "kind": kind, "aliases": []}
        entities.append(into)
    into["aliases"] = _aliases(target, [*into["aliases"], *folded])
    for entry in entities:
        # A name merged into another entity before now belongs to this one alone.
        if entry is not into and entry["kind"] == kind:
            entry["aliases"] = [a for a in entry["aliases"] if a != source]
    kept = [n for n in editors.not_entities if (n["kind"], n["name"]) != (kind, source)]
    return EntitiesFile(entities, kept)


# --- all files or none ------------------------------------------------------------------


def write_all(changes: dict[Path, bytes]) -> None:
    """Replace every file with its new bytes, or, if any step fails, leave all as they were.

    Each new file is first written whole beside its target and synced; only then are
    they renamed into place. A rename that fails puts back the files already renamed.
    """
    before: dict[Path, bytes | None] = {}
    temporary: dict[Path, str] = {}
    try:
        for path, data in changes.items():
            before[path] = path.read_bytes() if path.exists() else None
            mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temporary[path] = name
            os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        # One sync of every new file before the first rename (a crash leaves old or new
        # files whole); an fsync each would cost more than the merge itself on 10,000 records.
        os.sync()
        done: list[Path] = []
        try:
            for path, name in temporary.items():
                os.replace(name, path)
                done.append(path)
        except BaseException:
            _put_back(done, before)
            raise
    finally:
        for name in temporary.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name)


def _put_back(done: list[Path], before: dict[Path, bytes | None]) -> None:
    for path in done:
        old = before[path]
        if old is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(old)
