"""The docs folder (``build/docs``): the one writer of the files MkDocs builds from.

Each output is written atomically and only where its bytes changed; files an
earlier render wrote and this one did not are removed. One manifest, a hidden
file of the folder (MkDocs ignores it), lists every file the render wrote and,
for the pages a PageCache made, what each was made from and the digest of its
bytes: the next render skips those whose inputs are unchanged, and removes what
is stale even after a failed render. It holds no times: two renders of the
same input leave the same bytes.

A Schedule says when outputs are made and who hears of them: the build's MkDocs
reads each page as soon as it is written; the preview writes the pages open in
a browser first and has them rebuilt before the rest.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.atomic import write_atomic

if TYPE_CHECKING:
    from generator.pagecache import PageCache

MANIFEST = ".docs.json"
#: Beside the manifest: the size, times and inode of each file it lists when it was last
#: known right; a file whose stat is still that is right without being read (see
#: ``file_stats``). Kept apart so that the manifest holds no times.
STATS = ".docs-stat.json"
_VERSION = 2
#: The two lists earlier versions kept; read once for what is stale, then removed.
_LEGACY_LIST, _LEGACY_PAGES = ".generated.json", ".pages.json"


class _Kept(bytes):
    """The output of a page left on disk as an earlier run wrote it."""


#: Stands for an output that needs no writing; compare with ``is``.
KEPT = _Kept()

#: A file's entry: (what it was made from, digest of its bytes), or None when not cached.
Entry = tuple[str, str] | None


@dataclass
class Manifest:
    """What the last render left in the docs folder."""

    setting: str = ""
    files: dict[str, Entry] = field(default_factory=dict)


def read_manifest(out_dir: Path) -> Manifest:
    """The docs folder's manifest; empty when there is none or it cannot be read."""
    try:
        saved = json.loads((out_dir / MANIFEST).read_text("utf-8"))
        if saved.get("version") != _VERSION:
            return Manifest()
        files: dict[str, Entry] = {}
        for path, entry in saved["files"].items():
            files[str(path)] = None if entry is None else (str(entry[0]), str(entry[1]))
        return Manifest(str(saved["setting"]), files)
    except FileNotFoundError:
        return Manifest(files=dict.fromkeys(_legacy_list(out_dir)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return Manifest()


#: What os.stat says of a file: size, modification and change times, inode.
FileStat = tuple[int, int, int, int]


def file_stat(path: Path) -> FileStat | None:
    """``path``'s FileStat, or None when it cannot be read. Any write changes its ctime, which
    no program can set back, so an unchanged FileStat means unchanged bytes."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)


def file_stats(out_dir: Path) -> dict[str, FileStat]:
    """The FileStat of each file the last render left right, as it wrote them down."""
    try:
        saved = json.loads((out_dir / STATS).read_text("utf-8"))
        return {str(path): (int(a), int(b), int(c), int(d)) for path, (a, b, c, d) in saved.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


class Schedule:
    """When a render's outputs are made and written; this one: in the render's order, silently."""

    def order(self, paths: list[str]) -> list[str]:
        """Every output's path, before any is made; returns them in the order to make them."""
        return paths

    def first(self) -> Collection[str]:
        """Paths to make and write before all others (the pages a preview shows now)."""
        return ()

    def first_written(self) -> None:
        """The ``first`` outputs are written, and at least one of them changed."""

    def written(self, path: str) -> None:
        """``path`` is right on disk (written now, or left as it was)."""


@dataclass
class RenderResult:
    """What a render did: files written (sorted), files left as they were, files removed."""

    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


def write_outputs(
    outputs: Mapping[str, bytes] | Iterable[tuple[str, bytes]],
    out_dir: Path,
    schedule: Schedule | None = None,
    cache: PageCache | None = None,
) -> RenderResult:
    """Write what changed, remove what an earlier run made and this one did not.

    ``outputs``: path -> bytes, or (path, bytes) pairs as they are made. An
    output that is ``KEPT`` is a file an earlier run wrote and that is still
    right: it is left alone. Pairs must come with the schedule's ``first``
    paths ahead of the others (as ``render.iter_outputs`` makes them).
    ``cache``: the PageCache that made the outputs; its entries go into the manifest.
    """
    schedule = schedule or Schedule()
    result = RenderResult()
    previous = set(read_manifest(out_dir).files)
    made: set[str] = set()

    def put(rel: str, data: bytes) -> bool:
        made.add(rel)
        if data is not KEPT and write_atomic(out_dir / rel, data, durable=False):
            result.written.append(rel)
            return True
        result.unchanged += 1
        return False

    wanted = set(schedule.first())
    if isinstance(outputs, Mapping):
        items: Iterable[tuple[str, bytes]] = sorted(
            outputs.items(), key=lambda item: item[0] not in wanted
        )
    else:
        items = outputs
    ahead = False  # a page of ``first`` was written
    try:
        for rel, data in items:
            if wanted and rel not in wanted:
                wanted = set()
                if ahead:
                    schedule.first_written()
            written = put(rel, data)
            ahead = ahead or (written and rel in wanted)
            schedule.written(rel)
    except BaseException:
        # A template failed midway: list what this run wrote too, so that the next run
        # can still remove whatever of it is stale; trust none of it (an entry of an
        # earlier setting would pass for one of this run's).
        _write_manifest(out_dir, Manifest(files=dict.fromkeys(previous | made)))
        with contextlib.suppress(FileNotFoundError):
            (out_dir / STATS).unlink()
        raise
    result.written.sort()
    result.removed = _remove_stale(out_dir, sorted(previous - made))
    entries = cache.entries() if cache is not None else {}
    setting = cache.setting if cache is not None else ""
    _write_manifest(out_dir, Manifest(setting, {path: entries.get(path) for path in made}))
    known = cache.unchanged_stats() if cache is not None else {}
    rewritten = set(result.written)
    known = {path: stat for path, stat in known.items() if path not in rewritten}
    _write_stats(out_dir, [path for path in made if path in entries], known)
    return result


def _write_stats(out_dir: Path, paths: list[str], known: Mapping[str, FileStat]) -> None:
    """The stat of each of ``paths``; ``known``: those of files left alone since they were
    stat'ed (asking again costs a call each, some 26,000 at 10,000 briefings)."""
    stats = {path: known.get(path) or file_stat(out_dir / path) for path in sorted(paths)}
    lines = _entry_lines((path, stat) for path, stat in stats.items() if stat)
    write_atomic(out_dir / STATS, f"{{\n{lines}\n}}\n".encode(), durable=False)


def _entry_lines(entries: Iterable[tuple[str, object]]) -> str:
    """A JSON object's members a line each: the files stay readable at 10,000 pages."""
    return ",\n".join(f"{json.dumps(key)}: {json.dumps(value)}" for key, value in entries)


def _legacy_list(out_dir: Path) -> list[str]:
    try:
        listed = json.loads((out_dir / _LEGACY_LIST).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [p for p in listed if isinstance(p, str)] if isinstance(listed, list) else []


def _remove_stale(out_dir: Path, stale: list[str]) -> list[str]:
    removed = []
    for rel in stale:
        target = out_dir / rel
        # Only plain files inside out_dir: the list is data on disk, not trusted.
        if ".." in Path(rel).parts or Path(rel).is_absolute() or not target.is_file():
            continue
        target.unlink()
        removed.append(rel)
        with contextlib.suppress(OSError):  # leaves folders that still hold files
            for parent in target.relative_to(out_dir).parents:
                if str(parent) != ".":
                    (out_dir / parent).rmdir()
    return removed


def _write_manifest(out_dir: Path, manifest: Manifest) -> None:
    lines = _entry_lines(
        (path, None if entry is None else list(entry))
        for path, entry in sorted(manifest.files.items())
    )
    text = (
        f'{{"version": {_VERSION}, "setting": {json.dumps(manifest.setting)}, '
        f'"files": {{\n{lines}\n}}}}\n'
    )
    write_atomic(out_dir / MANIFEST, text.encode("utf-8"), durable=False)
    for legacy in (_LEGACY_LIST, _LEGACY_PAGES):
        with contextlib.suppress(FileNotFoundError):
            (out_dir / legacy).unlink()
