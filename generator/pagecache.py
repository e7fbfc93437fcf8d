"""Reusing rendered pages across the renders of a long-running preview.

A page is rendered again only when what it is made from changed. "What it is
made from" is its template, its path and a fingerprint of its context: the
records in it (hashed once per record object; the preview's record cache keeps
unchanged records as the same objects between renders) and the model objects
around them (hashed structurally, each once per render).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class PageCache:
    """Outputs of earlier renders, keyed by their inputs; valid for one templates folder."""

    def __init__(self) -> None:
        self._outputs: dict[str, tuple[str, bytes]] = {}
        # id(record) -> (record, hash): holding the record keeps its id from being reused.
        self._records: dict[int, tuple[dict[str, Any], str]] = {}
        # id -> (object, hash) for this render; holding the object keeps its id unique.
        self._memo: dict[int, tuple[object, str]] = {}
        self._setting = ""
        self.hits = 0

    def start(self, templates_dir: Path, records: list[dict[str, Any]], setting: str) -> None:
        """Begin a render: forget what a template change or another setting invalidates."""
        stamp = sorted(
            (p.relative_to(templates_dir).as_posix(), p.stat().st_mtime_ns, p.stat().st_size)
            for p in templates_dir.rglob("*")
            if p.is_file()
        )
        setting = _digest(repr((stamp, setting)))
        if setting != self._setting:
            self._outputs.clear()
            self._setting = setting
        live = {id(r) for r in records}
        self._records = {k: v for k, v in self._records.items() if k in live}
        for record in records:
            if id(record) not in self._records:
                text = json.dumps(record, sort_keys=True, ensure_ascii=False)
                self._records[id(record)] = (record, _digest(text))
        self._memo = {}
        self.hits = 0

    def fingerprint(self, value: object) -> str:
        """A hash of ``value`` that changes whenever anything reachable from it does."""
        kind = type(value)
        if kind in _ATOMS:
            return repr(value)
        key = id(value)
        seen = self._memo.get(key)
        if seen is not None and seen[0] is value:
            return seen[1]
        known = self._records.get(key)
        if known is not None and known[0] is value:
            result = known[1]
        else:
            result = _digest(kind.__qualname__ + "(" + ",".join(self._parts(value)) + ")")
        self._memo[key] = (value, result)
        return result

    def _parts(self, value: object) -> list[str]:
        # An atom inline (its repr, quoted if text), anything else as its digest:
        # the two never look alike, so different values cannot give one string.
        mark = self.fingerprint
        if isinstance(value, dict):
            return [f"{mark(k)}:{mark(v)}" for k, v in value.items()]
        if isinstance(value, list | tuple):
            return [mark(v) for v in value]
        if isinstance(value, set | frozenset):
            return sorted(mark(v) for v in value)
        if is_dataclass(value) and not isinstance(value, type):
            return [mark(getattr(value, name)) for name in _field_names(type(value))]
        return [repr(value)]

    def get(self, path: str, parts: tuple[object, ...], make: Callable[[], bytes]) -> bytes:
        """The output at ``path``: reused when ``parts`` are unchanged, else made anew."""
        key = _digest(repr([self.fingerprint(p) for p in parts]))
        cached = self._outputs.get(path)
        if cached is not None and cached[0] == key:
            self.hits += 1
            return cached[1]
        output = make()
        self._outputs[path] = (key, output)
        return output


_ATOMS = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))
