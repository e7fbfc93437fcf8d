"""The records cache under build/: what an earlier build parsed, reused only for the same bytes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.incremental_records import CACHE_FOLDER, SavedRecords, shard_of
from generator.store import RecordFile, read_records
from tests.site.helpers import FIXTURES, HOSTILE_ID, SAMPLE_ID


def _project(tmp_path: Path) -> Path:
    """A project whose briefings/ holds the fixture records, the hostile one among them."""
    root = tmp_path / "desk"
    (root / "briefings").mkdir(parents=True)
    for path in [*(FIXTURES / "records").glob("*.yaml"), *(FIXTURES / "hostile").glob("*.yaml")]:
        shutil.copy(path, root / "briefings" / path.name)
    return root


def _read(root: Path) -> tuple[list[RecordFile], int]:
    """The project's record files read through the cache, and how many were parsed."""
    saved = SavedRecords(root / "build")
    files = read_records(root, saved)
    return files, saved.parsed


def _seen(files: list[RecordFile]) -> list[tuple[object, ...]]:
    return [(f.rel, f.loaded.data, f.loaded.lines, f.problems) for f in files]


def test_a_second_read_parses_nothing_and_gives_what_parsing_gives(tmp_path: Path) -> None:
    """Unchanged files come from the cache with the same data, lines and problems."""
    root = _project(tmp_path)
    first, parsed = _read(root)
    assert parsed == len(first) == 4
    assert any((root / "build" / CACHE_FOLDER).glob("*.cache"))
    again, parsed = _read(root)
    assert parsed == 0
    assert _seen(again) == _seen(first) == _seen(read_records(root))


def test_a_file_changed_without_a_new_size_or_time_is_parsed_again(tmp_path: Path) -> None:
    """The key is the bytes: an edit of the same size, its time put back, is still seen."""
    root = _project(tmp_path)
    _read(root)
    path = root / "briefings" / f"{SAMPLE_ID}.yaml"
    stat = path.stat()
    text = path.read_text("utf-8")
    assert "Baghdad" in text
    path.write_text(text.replace("Baghdad", "Bagdhad", 1), "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    files, parsed = _read(root)
    assert parsed == 1
    record = next(f.record for f in files if f.path == path)
    assert record is not None and "Bagdhad" in str(record)
    assert _seen(files) == _seen(read_records(root))


def test_a_file_with_problems_is_reported_every_time(tmp_path: Path) -> None:
    """A record with problems is never kept: each read parses it and reports them again."""
    root = _project(tmp_path)
    _read(root)
    path = root / "briefings" / f"{HOSTILE_ID}.yaml"
    path.write_text(path.read_text("utf-8") + "status: [not, a, status]\n", "utf-8")
    for _ in range(2):
        files, parsed = _read(root)
        assert parsed == 1
        broken = next(f for f in files if f.path == path)
        assert broken.record is None and broken.problems


@pytest.mark.parametrize(
    "damage",
    [lambda raw: raw[:100], lambda raw: raw[:-30] + bytes(b ^ 4 for b in raw[-30:])],
    ids=["cut short", "bytes changed"],
)
def test_a_cache_that_cannot_be_read_is_ignored(tmp_path: Path, damage: Any) -> None:
    """A damaged part of the cache reads as no cache: its records are parsed, none is wrong."""
    root = _project(tmp_path)
    first, _ = _read(root)
    for cache in (root / "build" / CACHE_FOLDER).glob("*.cache"):
        cache.write_bytes(damage(cache.read_bytes()))
    files, parsed = _read(root)
    assert parsed == 4
    assert _seen(files) == _seen(first)
    _, parsed = _read(root)
    assert parsed == 0  # and it was written whole again


def test_an_edit_writes_only_the_part_of_its_record(tmp_path: Path) -> None:
    """The other parts of the cache keep their files as they were."""
    root = _project(tmp_path)
    _read(root)
    folder = root / "build" / CACHE_FOLDER
    before = {p.name: p.stat().st_ino for p in folder.iterdir()}
    path = root / "briefings" / f"{SAMPLE_ID}.yaml"
    path.write_text(path.read_text("utf-8").replace("Baghdad", "Bagdhad", 1), "utf-8")
    files, parsed = _read(root)
    assert parsed == 1
    after = {p.name: p.stat().st_ino for p in folder.iterdir()}
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {f"{shard_of(f'briefings/{SAMPLE_ID}.yaml'):02d}.cache"}
    assert len(after) > 1 and _seen(files) == _seen(read_records(root))


def test_another_generator_code_starts_the_cache_afresh(tmp_path: Path) -> None:
    """A cache saved under another code digest is not trusted."""
    root = _project(tmp_path)
    _read(root)
    saved = SavedRecords(root / "build")
    assert saved.saved
    saved.line = b"other code\n"
    assert all(saved._load(shard) == {} for shard in range(len(saved.parts)))


def test_a_removed_record_leaves_the_cache(tmp_path: Path) -> None:
    """The cache holds the files of the last read only."""
    root = _project(tmp_path)
    _read(root)
    (root / "briefings" / f"{SAMPLE_ID}.yaml").unlink()
    files, parsed = _read(root)
    assert parsed == 0 and len(files) == 3
    assert sorted(SavedRecords(root / "build").saved) == sorted(f.rel for f in files)
