"""Rendering a page again only when what it is made from changed.

"What it is made from" is its template, its path and a fingerprint of its
context: the records in it (hashed once per record object; the preview's record
cache keeps unchanged records as the same objects between renders) and the
model objects around them (hashed structurally, each once per render), under a
setting that covers the templates, the generator's own code and the options.

Within a live preview, outputs are kept in memory. Across runs of
``briefings render`` and ``build``, the cache remembers each page's fingerprint
and a digest of the file it wrote (in the docs folder's manifest, which
generator.docswriter writes with the cache's ``entries``): a page
whose fingerprint is unchanged and whose file still holds what was written is
neither rendered nor written (``KEPT``). The manifest holds no times, so two
runs on the same input leave the same bytes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
import os
import types
import typing
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from generator.docswriter import KEPT, FileStat, file_stat, file_stats, read_manifest
from generator.incremental import code_digest, digest_bytes, tree_digest, value_digest

# Unique to this process: an object whose repr names its address never matches a
# fingerprint of another run, where the same address may hold something else.
_NONCE = os.urandom(8).hex()


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _record_digest(record: dict[str, Any]) -> str:
    """A digest of the record's value: marshal's version 2 spells out plain data (no
    sharing, no interning) in C, several times faster than JSON; a value it cannot spell
    (a str subclass) goes through JSON, keys sorted."""
    try:
        return value_digest(record)
    except ValueError:
        return _digest(json.dumps(record, sort_keys=True, ensure_ascii=False))


class PageCache:
    """Outputs of earlier renders, keyed by their inputs.

    ``in_memory`` keeps each output's bytes for the next render (a preview);
    a one-off render relies on the files and their manifest alone.
    """

    def __init__(self, *, in_memory: bool = True) -> None:
        self.in_memory = in_memory
        # path -> (key, output, digest of the output), in a preview only.
        self._outputs: dict[str, tuple[str, bytes, str]] = {}
        # id(record) -> (record, hash): holding the record keeps its id from being reused.
        self._records: dict[int, tuple[dict[str, Any], str]] = {}
        # id -> hash of each object hashed in this render (the records among them);
        # ``_held`` holds the others, so that no other object can take their id meanwhile.
        self._memo: dict[int, str] = {}
        self._held: list[object] = []
        self._setting = ""
        # What an earlier run left in the docs folder: path -> (key, digest of the file).
        self._disk: dict[str, tuple[str, str]] = {}
        # The stat of each of those files when it was last known to hold what it should.
        self._stats: dict[str, FileStat] = {}
        # Of those, the files this render found with that stat still, and left alone.
        self._unchanged: dict[str, FileStat] = {}
        self._folder: Path | None = None
        self._keys: dict[str, tuple[str, str]] = {}
        #: Of the templates folder at the last ``start``.
        self.templates_digest = ""

    def start(self, templates_dir: Path, records: list[dict[str, Any]], setting: str) -> None:
        """Begin a render: forget what a template change or another setting invalidates."""
        self.templates_digest = tree_digest(templates_dir)
        setting = _digest(repr((self.templates_digest, code_digest(), setting)))
        if setting != self._setting:
            self._outputs.clear()
            self._disk.clear()
            self._setting = setting
        live = {id(r) for r in records}
        self._records = {k: v for k, v in self._records.items() if k in live}
        for record in records:
            if id(record) not in self._records:
                self._records[id(record)] = (record, _record_digest(record))
        self._unchanged = {}
        self._memo = {key: digest for key, (_, digest) in self._records.items()}
        self._held = []
        self._keys = {}

    def use_folder(self, folder: Path) -> None:
        """Trust the pages an earlier run wrote into ``folder``, as its manifest lists them.

        Call before ``start``; a manifest of other templates, code or options is ignored.
        """
        self._folder = folder
        saved = read_manifest(folder)
        self._setting = saved.setting
        self._disk = {path: entry for path, entry in saved.files.items() if entry is not None}
        self._stats = file_stats(folder)

    @property
    def setting(self) -> str:
        """The digest of templates, code and options the last ``start`` rendered under."""
        return self._setting

    def unchanged_stats(self) -> dict[str, FileStat]:
        """The stat of each file this render left alone because its stat was as last known."""
        return self._unchanged

    def entries(self) -> dict[str, tuple[str, str]]:
        """Each output of the last render: its fingerprint, and the digest of its bytes."""
        return self._keys

    def _on_disk(self, path: str, key: str) -> tuple[str, bytes] | None:
        """Digest and bytes of the file at ``path`` if it holds what a render of ``key`` wrote
        (no bytes outside a preview, when its stat shows it unchanged since)."""
        known = self._disk.get(path)
        if self._folder is None or known is None or known[0] != key:
            return None
        stat = self._stats.get(path)
        if not self.in_memory and stat is not None and stat == file_stat(self._folder / path):
            self._unchanged[path] = stat
            return known[1], b""  # unchanged since it was right; its bytes are not needed
        try:
            data = (self._folder / path).read_bytes()
        except OSError:
            return None
        return (known[1], data) if digest_bytes(data) == known[1] else None

    def _still_written(self, path: str, output: bytes) -> bool:
        # A preview is the only writer of its docs folder: a file of the size we last
        # made is what we wrote, and a stat is much cheaper than reading it back.
        try:
            return self._folder is not None and (self._folder / path).stat().st_size == len(output)
        except OSError:
            return False

    def fingerprint(self, value: object) -> str:
        """A hash of ``value`` that changes whenever anything reachable from it does."""
        kind: type = type(value)
        if kind in _ATOMS:
            return repr(value)
        known = self._memo.get(id(value))
        if known is not None:
            return known
        flat = _flat_fields(kind)
        if flat is not None:
            # A dataclass: the fields whose annotations say they hold only atoms, tuples
            # and lists of them and flat values are spelt by their repr (one call for a
            # list of them), the others by their fingerprint; the type says which is which.
            values = _field_values(kind)(value)
            if not all(flat):
                mark = self.fingerprint
                values = tuple(v if f else mark(v) for v, f in zip(values, flat, strict=True))
            text = kind.__qualname__ + repr(values)
            result = _digest(text + _NONCE if " at 0x" in text else text)
        else:
            result = _digest(kind.__qualname__ + "(" + ",".join(self._parts(value)) + ")")
        self._memo[id(value)] = result
        self._held.append(value)
        return result

    def _parts(self, value: object) -> list[str]:
        # An atom inline (its repr, quoted if text), anything else as its digest:
        # the two never look alike, so different values cannot give one string.
        if isinstance(value, list | tuple):
            return self._each(value)
        if isinstance(value, dict):
            mark = self.fingerprint
            return [f"{mark(k)}:{mark(v)}" for k, v in value.items()]
        if isinstance(value, set | frozenset):
            return sorted(self._each(list(value)))
        text = repr(value)
        return [text + _NONCE if " at 0x" in text else text]

    def _each(self, values: list[Any] | tuple[Any, ...]) -> list[str]:
        """The fingerprint of each of ``values``; those known already (the records in a
        hub's list, say) are looked up without a call each."""
        found: list[str | None] = list(map(self._memo.get, map(id, values)))
        if None not in found:
            return found  # type: ignore[return-value]
        mark, atoms = self.fingerprint, _ATOMS
        return [
            f if f is not None else repr(v) if type(v) in atoms else mark(v)
            for f, v in zip(found, values, strict=True)
        ]

    def get(self, path: str, parts: tuple[object, ...], make: Callable[[], bytes]) -> bytes:
        """The output at ``path``: reused when ``parts`` are unchanged, else made anew.

        ``KEPT`` when the file an earlier run wrote is still right.
        """
        key = _digest(repr([self.fingerprint(p) for p in parts]))
        cached = self._outputs.get(path)
        if cached is not None and cached[0] == key:
            self._keys[path] = (key, cached[2])
            return KEPT if self._still_written(path, cached[1]) else cached[1]
        found = self._on_disk(path, key)
        if found is not None:
            digest, output = found
            if self.in_memory:
                self._outputs[path] = (key, output, digest)
            self._keys[path] = (key, digest)
            return KEPT
        output = make()
        digest = digest_bytes(output)
        if self.in_memory:
            self._outputs[path] = (key, output, digest)
        self._keys[path] = (key, digest)
        return output


_ATOMS = frozenset({str, int, float, bool, type(None)})


_FLAT: dict[type, bool] = {}


def _is_flat(kind: type) -> bool:
    """A frozen dataclass whose fields, by their annotations, hold only atoms,
    tuples of atoms and other such dataclasses: its repr is a faithful spelling."""
    if kind not in _FLAT:
        _FLAT[kind] = False  # until known: a type that refers to itself is not flat
        params = getattr(kind, "__dataclass_params__", None)
        try:
            hints = typing.get_type_hints(kind) if params is not None and params.frozen else None
        except (NameError, TypeError):
            hints = None
        _FLAT[kind] = (
            hints is not None
            and all(_flat_hint(h) for h in hints.values())
            and all(f.repr for f in fields(kind))
        )
    return _FLAT[kind]


@functools.cache
def _flat_fields(kind: type) -> tuple[bool, ...] | None:
    """Of a dataclass (None for other types): whether each field, by its annotation, holds
    only atoms, tuples and lists of them and flat values (see ``_is_flat``), whose repr
    spells them out. A field left out of the repr is never flat."""
    if not is_dataclass(kind):
        return None
    try:
        hints = typing.get_type_hints(kind)
    except (NameError, TypeError):
        hints = {}
    return tuple(f.repr and f.name in hints and _flat_hint(hints[f.name]) for f in fields(kind))


def _flat_hint(hint: object) -> bool:
    if hint in _ATOMS:
        return True
    if typing.get_origin(hint) in (tuple, list, typing.Union, types.UnionType):
        return all(arg is Ellipsis or _flat_hint(arg) for arg in typing.get_args(hint))
    return isinstance(hint, type) and _is_flat(hint)


@functools.cache
def _field_values(kind: type) -> Callable[[object], tuple[Any, ...]]:
    """Reads the values of a dataclass's fields, in their order, as one tuple."""
    names = tuple(f.name for f in fields(kind))
    if len(names) > 1:
        return operator.attrgetter(*names)
    return lambda value: tuple(getattr(value, name) for name in names)
