"""The docs folder (``build/docs``): the one writer of the files MkDocs builds from.

Each output is written atomically and only where its bytes changed; files an
earlier render wrote and this one did not are removed. What was written is
listed in a hidden file of the folder (MkDocs ignores it), so that the list
survives a failed render and the next one still removes what is stale.

A Schedule says when outputs are made and who hears of them: the build's MkDocs
reads each page as soon as it is written; the preview writes the pages open in
a browser first and has them rebuilt before the rest.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.pagecache import KEPT
from generator.store import write_atomic

GENERATED_LIST = ".generated.json"


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
) -> RenderResult:
    """Write what changed, remove what an earlier run made and this one did not.

    ``outputs``: path -> bytes, or (path, bytes) pairs as they are made. An
    output that is ``pagecache.KEPT`` is a file an earlier run wrote and that
    is still right: it is left alone. Pairs must come with the schedule's
    ``first`` paths ahead of the others (as ``render.iter_outputs`` makes them).
    """
    schedule = schedule or Schedule()
    result = RenderResult()
    previous = set(_previous(out_dir))
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
        # can still remove whatever of it is stale.
        _write_list(out_dir, previous | made)
        raise
    result.written.sort()
    result.removed = _remove_stale(out_dir, sorted(previous - made))
    _write_list(out_dir, made)
    return result


def _previous(out_dir: Path) -> list[str]:
    try:
        listed = json.loads((out_dir / GENERATED_LIST).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
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


def _write_list(out_dir: Path, paths: set[str]) -> None:
    listing = (json.dumps(sorted(paths), indent=1) + "\n").encode("utf-8")
    write_atomic(out_dir / GENERATED_LIST, listing, durable=False)
