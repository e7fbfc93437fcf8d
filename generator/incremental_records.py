"""Record files an earlier build parsed, kept under build/: a build after a one-record edit
loads and validates that record only.

Loading the YAML of every record with its line numbers, and validating it, is most of
what reading 10,000 records costs; what a file gives is a function of its name and bytes,
the generator's code and the YAML parser's version. So ``build/records-cache/`` (marshal,
safe to lose) holds, per record file, a digest of its name and bytes with the data and
line numbers they gave, under the digests of the rest. A file whose digest matches is
taken from it; any other file is read as if there were no cache. Only files without
problems are kept (a build with problems renders nothing).

The files are kept in ``SHARDS`` parts by their name, each part in a file of its own that
is written only when one of its records changed: a one-record edit writes a sixteenth of
the cache (some 5 MB at 10,000 briefings) instead of all of it. Each part starts with a
line naming the code, the parser and the format it was made with, then a digest of the
rest (generator.sealed): a part of other code, another parser, another format, or that is
damaged or cut short is ignored whole (its records are parsed again).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.incremental import code_digest
from generator.sealed import read_sealed, seal, write_sealed
from generator.store import RecordFile, record_bytes, record_from_bytes
from generator.yamlio import Loaded

CACHE_FOLDER = "records-cache"
#: The cache of the single-file format, removed when the parts are written.
_OLD_CACHE = "records.cache"
SHARDS = 16
_VERSION = 3

#: record file (relative to the project) -> (digest of name and bytes, data, line numbers)
_Entries = dict[str, tuple[str, Any, dict[str, int]]]


def _file_digest(rel: str, raw: bytes) -> str:
    return hashlib.blake2b(rel.encode("utf-8", "surrogatepass") + b"\0" + raw).hexdigest()


def shard_of(rel: str) -> int:
    """The part of the cache that keeps the record file ``rel``."""
    return hashlib.blake2b(rel.encode("utf-8", "surrogatepass"), digest_size=1).digest()[0] % SHARDS


class SavedRecords:
    """A RecordReader (generator.store) that reuses what an earlier build parsed; it saves
    what it read once every record file has been read (``read_all``)."""

    def __init__(self, build_dir: Path) -> None:
        self.build_dir = build_dir
        self.folder = build_dir / CACHE_FOLDER
        self.line = seal(_VERSION, code_digest(), yaml.__version__, sys.version_info[:3])
        self.parts = [self._load(n) for n in range(SHARDS)]
        self.saved: _Entries = {rel: e for part in self.parts for rel, e in part.items()}
        self.now: _Entries = {}
        #: Files read this time that were not in the cache, or not as they are now.
        self.parsed = 0

    def _path(self, shard: int) -> Path:
        return self.folder / f"{shard:02d}.cache"

    def _load(self, shard: int) -> _Entries:
        entries = read_sealed(self._path(shard), self.line)
        return entries if isinstance(entries, dict) else {}

    def read(self, path: Path, rel: str, root: Path) -> RecordFile:
        """The record file ``path``, from the cache when its name and bytes are unchanged."""
        raw = record_bytes(path, rel, root)
        if isinstance(raw, RecordFile):
            return raw
        digest = _file_digest(rel, raw)
        hit = self.saved.get(rel)
        if hit is not None and hit[0] == digest:
            self.now[rel] = hit
            return RecordFile(path, rel, Loaded(hit[1], hit[2]), [])
        self.parsed += 1
        file = record_from_bytes(raw, path, rel)
        if not file.problems:
            self.now[rel] = (digest, file.loaded.data, file.loaded.lines)
        return file

    def read_all(self) -> None:
        """Save what this build read, unless it is what the cache holds already; then let
        go of it (the line numbers of 10,000 records weigh some 60 MB).

        Called before anything uses the records: what is saved is what was read.
        """
        now, self.now, parts, self.parts, self.saved = self.now, {}, self.parts, [], {}
        shards: list[_Entries] = [{} for _ in range(SHARDS)]
        for rel, entry in now.items():
            shards[shard_of(rel)][rel] = entry
        for shard, (entries, saved) in enumerate(zip(shards, parts, strict=True)):
            if entries != saved:
                write_sealed(self._path(shard), self.line, entries)
        (self.build_dir / _OLD_CACHE).unlink(missing_ok=True)
