"""The briefings/ folder: records on disk and the manifest (writes go through `atomic`).

The manifest (``briefings/.manifest.json``, committed) remembers the SHA-256 of
every record file the generator wrote. A file whose bytes differ from that was
changed by an editor, and the generator never overwrites it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from generator.atomic import write_atomic
from generator.layout import (
    ENTITIES_NAME,
    MANIFEST_NAME,
    RECORDS_FOLDER,
    is_record_name,
    slug_of,
)
from generator.problems import Problem
from generator.record import NEW_ID_MAX, Record, validate
from generator.yamlio import Loaded, load_yaml

MAX_RECORD_BYTES = 1_000_000


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- the manifest ---------------------------------------------------------------------


@dataclass
class ManifestEntry:
    """What the generator last wrote for one record."""

    record_sha256: str
    seed_path: str
    seed_sha256: str


@dataclass
class Manifest:
    """Record id -> what was generated for it."""

    entries: dict[str, ManifestEntry] = field(default_factory=dict)

    def by_seed(self) -> dict[str, str]:
        """Seed path -> record id."""
        return {entry.seed_path: rid for rid, entry in sorted(self.entries.items())}

    def to_bytes(self) -> bytes:
        data = {
            "version": 1,
            "records": {
                rid: {
                    "record_sha256": e.record_sha256,
                    "seed_path": e.seed_path,
                    "seed_sha256": e.seed_sha256,
                }
                for rid, e in sorted(self.entries.items())
            },
        }
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def load_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST_NAME
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Manifest()
    except (ValueError, UnicodeDecodeError) as error:
        raise ValueError(
            f"{path}: the manifest is not valid JSON ({error}); restore it from git"
        ) from error
    entries = {
        rid: ManifestEntry(e["record_sha256"], e["seed_path"], e["seed_sha256"])
        for rid, e in raw.get("records", {}).items()
    }
    return Manifest(entries)


def save_manifest(folder: Path, manifest: Manifest) -> bool:
    return write_atomic(folder / MANIFEST_NAME, manifest.to_bytes())


# --- reading records --------------------------------------------------------------------


@dataclass
class RecordFile:
    """One record file as found on disk."""

    path: Path
    rel: str
    loaded: Loaded
    problems: list[Problem]

    @property
    def record(self) -> Record | None:
        data = self.loaded.data
        return data if isinstance(data, dict) and not self.problems else None


def record_paths(folder: Path) -> list[Path]:
    """The record files directly in ``folder`` (briefings/), sorted (see layout.is_record_name)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if is_record_name(p.name))


def read_record(path: Path, rel: str, root: Path) -> RecordFile:
    """Load and validate one record file; every problem is collected."""
    raw = record_bytes(path, rel, root)
    return raw if isinstance(raw, RecordFile) else record_from_bytes(raw, path, rel)


def record_bytes(path: Path, rel: str, root: Path) -> bytes | RecordFile:
    """The bytes of record file ``path``, or, when it may not be read (a link out of the
    project, over MAX_RECORD_BYTES, unreadable), the RecordFile saying why."""
    if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
        problem = Problem(rel, 0, "", "symbolic link to a file outside the project; refused")
        return RecordFile(path, rel, Loaded(data=None), [problem])
    try:
        size = path.stat().st_size
        if size > MAX_RECORD_BYTES:
            problem = Problem(
                rel, 1, "", f"file is {size} bytes, over the limit of {MAX_RECORD_BYTES}"
            )
            return RecordFile(path, rel, Loaded(data=None), [problem])
        return path.read_bytes()
    except OSError as error:
        problem = Problem(rel, 0, "", f"cannot read: {error.strerror}")
        return RecordFile(path, rel, Loaded(data=None), [problem])


def record_from_bytes(raw: bytes, path: Path, rel: str) -> RecordFile:
    """Load and validate the bytes ``raw`` of record file ``path``; every problem is collected."""
    problems: list[Problem] = []
    loaded = Loaded(data=None)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(Problem(rel, line, "", "not valid UTF-8; save the file as UTF-8"))
        return RecordFile(path, rel, loaded, problems)
    loaded = load_yaml(text, rel)
    problems.extend(loaded.problems)
    if loaded.data is not None:
        # A duplicate key still leaves a usable mapping: report the rest too.
        problems.extend(validate(loaded, rel, stem=path.stem))
    return RecordFile(path, rel, loaded, problems)


class RecordReader(Protocol):
    """Reads record files, reusing what it knows of them (generator.incremental_records)."""

    def read(self, path: Path, rel: str, root: Path) -> RecordFile:
        """The record file ``path`` (``rel`` in the project ``root``), loaded and validated."""

    def read_all(self) -> None:
        """Every record file of the project has been read."""


#: (size, mtime, inode) of a record file -> what reading it gave (a preview's, see
#: read_records); or a RecordReader.
RecordCache = dict[Path, tuple[tuple[int, int, int], RecordFile]] | RecordReader


def _cached_read(path: Path, root: Path, cache: RecordCache | None) -> RecordFile:
    if cache is None:
        return read_record(path, f"{RECORDS_FOLDER}/{path.name}", root)
    if not isinstance(cache, dict):
        return cache.read(path, f"{RECORDS_FOLDER}/{path.name}", root)
    try:
        stat = path.stat()
    except OSError:
        return read_record(path, f"{RECORDS_FOLDER}/{path.name}", root)
    key = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
    hit = cache.get(path)
    if hit is None or hit[0] != key:
        file = read_record(path, f"{RECORDS_FOLDER}/{path.name}", root)
        hit = (key, file)
        cache[path] = hit
    # A copy of the problems: duplicate ids are added per run, not per file.
    file = hit[1]
    return RecordFile(file.path, file.rel, file.loaded, list(file.problems))


def read_records(
    root: Path,
    cache: RecordCache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[RecordFile]:
    """Every record file of the project, loaded and validated, in file order.

    ``cache`` lets a long-running preview skip files that did not change since
    the last call (an unchanged stat means unchanged bytes: writes are atomic);
    a RecordReader, a build those whose bytes an earlier build parsed.
    ``progress`` is told (files read, files) as reading goes.
    """
    paths = record_paths(root / RECORDS_FOLDER)
    files = []
    for done, path in enumerate(paths, start=1):
        files.append(_cached_read(path, root, cache))
        if progress is not None:
            progress(done, len(paths))
    if cache is not None and not isinstance(cache, dict):
        cache.read_all()
    _check_duplicate_ids(files)
    return files


def _check_duplicate_ids(files: list[RecordFile]) -> None:
    seen: dict[str, str] = {}
    for file in files:
        data = file.loaded.data
        rid = data.get("id") if isinstance(data, dict) else None
        if not isinstance(rid, str):
            continue
        if rid in seen:
            file.problems.append(
                Problem(
                    file.rel,
                    file.loaded.line_of("id"),
                    "id",
                    f"'{rid}' is also the id of {seen[rid]}",
                )
            )
        else:
            seen[rid] = file.rel


def load_records(
    root: Path, cache: RecordCache | None = None
) -> tuple[list[Record], list[Problem]]:
    """Valid records and every problem found in the others."""
    files = read_records(root, cache)
    problems = [p for f in files for p in f.problems]
    records = [f.record for f in files if f.record is not None]
    return records, sorted(problems)


# --- ids -----------------------------------------------------------------------------------


def new_id(title: str, taken: set[str]) -> str:
    """The slug of ``title`` cut at a word to NEW_ID_MAX characters, with -2, -3 on a clash."""
    base = slug_of(title, NEW_ID_MAX) or "briefing"
    candidate = base
    number = 2
    while candidate in taken or candidate == Path(ENTITIES_NAME).stem:
        suffix = f"-{number}"
        stem = slug_of(base, NEW_ID_MAX - len(suffix)) or "briefing"
        candidate = stem + suffix
        number += 1
    return candidate


def file_state(path: Path, manifest: Manifest, rid: str) -> str:
    """'missing', 'generated' (as the generator wrote it) or 'edited'."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return "missing"
    entry = manifest.entries.get(rid)
    if entry is not None and entry.record_sha256 == sha256_bytes(data):
        return "generated"
    return "edited"
