"""Record files an earlier build parsed, kept under build/: a build after a one-record edit
loads and validates that record only.

Loading the YAML of every record with its line numbers, and validating it, is most of
what reading 10,000 records costs; what a file gives is a function of its name and bytes,
the generator's code and the YAML parser's version. So ``build/records.cache`` (marshal,
safe to lose) holds, per record file, a digest of its name and bytes with the data and
line numbers they gave, under the digests of the rest. A file whose digest matches is
taken from it; any other file is read as if there were no cache. Only files without
problems are kept (a build with problems renders nothing). A cache of other code, another
parser, another format, or that cannot be read is ignored whole.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.atomic import write_atomic
from generator.incremental import code_digest
from generator.store import RecordFile, record_bytes, record_from_bytes
from generator.yamlio import Loaded

CACHE_NAME = "records.cache"
_VERSION = 1

#: record file (relative to the project) -> (digest of name and bytes, data, line numbers)
_Entries = dict[str, tuple[str, Any, dict[str, int]]]


def _file_digest(rel: str, raw: bytes) -> str:
    return hashlib.blake2b(rel.encode("utf-8", "surrogatepass") + b"\0" + raw).hexdigest()


class SavedRecords:
    """A RecordReader (generator.store) that reuses what an earlier build parsed; it saves
    what it read once every record file has been read (``read_all``)."""

    def __init__(self, build_dir: Path) -> None:
        self.path = build_dir / CACHE_NAME
        self.code = repr((code_digest(), yaml.__version__, sys.version_info[:3]))
        self.saved = self._load()
        self.now: _Entries = {}
        #: Files read this time that were not in the cache, or not as they are now.
        self.parsed = 0

    def _load(self) -> _Entries:
        try:
            version, code, entries = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if version != _VERSION or code != self.code or not isinstance(entries, dict):
            return {}
        return entries

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
        now, self.now, saved, self.saved = self.now, {}, self.saved, {}
        if now == saved:
            return
        try:
            data = marshal.dumps((_VERSION, self.code, now))
        except ValueError:  # a value marshal cannot hold: no cache rather than a wrong one
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, data, durable=False)
