"""Pagefind's filter indexes in a stable order, and reading its result fragments.

Pagefind 1.5 writes its filter indexes from hash maps: the values of a filter
and the filters listed in the metadata file come out in a different order on
every run (upstream: "other files will still change, such as the filter/metadata
indexes", Pagefind issue 638), and the file names are hashes of the content. The
words index and the fragments are stable. So we sort the values of each filter
and the metadata's list of filters, rename the files after their new content and
point the entry file at the new metadata. The files are gzip-compressed CBOR
after a "pagefind_dcd" signature; the search reads them the same in any order.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import zlib
from pathlib import Path
from typing import Any

from generator.atomic import write_atomic
from generator.search_cbor import CborError as _CborError
from generator.search_cbor import decode as _cbor_decode
from generator.search_cbor import encode as _cbor_encode

_PF_SIGNATURE = b"pagefind_dcd"
_PF_FILTERS = 3  # [version, pages, index chunks, filters, sorts, meta fields]


def read_fragment(data: bytes) -> dict[str, Any] | None:
    """A Pagefind fragment file's JSON (one result: its URL, title, text), or None."""
    try:
        text = gzip.decompress(data)
    except (OSError, EOFError, zlib.error):
        return None
    if not text.startswith(_PF_SIGNATURE):
        return None
    try:
        fragment = json.loads(text[len(_PF_SIGNATURE) :])
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return fragment if isinstance(fragment, dict) else None


def pf_read(path: Path) -> object:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_PF_SIGNATURE):
        raise _CborError(f"{path.name}: no Pagefind signature")
    item, end = _cbor_decode(data, len(_PF_SIGNATURE))
    if end != len(data):
        raise _CborError(f"{path.name}: trailing bytes")
    return item


def _pf_write(folder: Path, prefix: str, digits: int, suffix: str, item: object) -> str:
    """Write ``item`` as a Pagefind file named after its content; returns the new hash."""
    data = _PF_SIGNATURE + _cbor_encode(item)
    name = f"{prefix}{hashlib.sha256(data).hexdigest()[:digits]}"
    (folder / f"{name}{suffix}").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return name


def _sort_key(entry: object) -> str:
    return str(entry[0]) if isinstance(entry, list) and entry else ""


def canonical_filters(bundle: Path) -> None:
    """Sort Pagefind's filter indexes in ``bundle`` so that the same site gives the same bytes.

    Leaves the bundle as Pagefind wrote it if a file is not in the expected format
    (another Pagefind version): search still works, only byte-identical builds are lost,
    which tests/ci/test_reproducible.py reports.
    """
    entry_file = bundle / "pagefind-entry.json"
    try:
        entry_text = entry_file.read_text("utf-8")
        # Read and check everything first: a surprise must leave the bundle untouched.
        plans = [_plan_meta(bundle, path) for path in sorted(bundle.glob("pagefind.*.pf_meta"))]
    except (OSError, ValueError, EOFError, gzip.BadGzipFile) as error:
        # The engine's own logger: a strict build fails on its warnings, under either engine.
        from generator.mkdocs import compat

        logging.getLogger(f"{compat.LOGGER}.briefings").warning(
            "Pagefind filter indexes left unsorted: %s", error
        )
        return
    for meta_path, meta, filters in plans:
        old_meta = meta_path.name.removeprefix("pagefind.").removesuffix(".pf_meta")
        language = old_meta.rsplit("_", 1)[0] + "_"
        listed = []
        for name, old_path, content in filters:
            old_path.unlink()
            listed.append([name, _pf_write(old_path.parent, language, 7, ".pf_filter", content)])
        meta[_PF_FILTERS] = sorted(listed, key=_sort_key)
        meta_path.unlink()
        new_meta = _pf_write(bundle, f"pagefind.{language}", 10, ".pf_meta", meta)
        entry_text = entry_text.replace(f'"{old_meta}"', f'"{new_meta.removeprefix("pagefind.")}"')
    write_atomic(entry_file, entry_text.encode("utf-8"), durable=False)


_Filter = tuple[str, Path, list[object]]


def _plan_meta(bundle: Path, meta_path: Path) -> tuple[Path, list[object], list[_Filter]]:
    """A metadata file and its filters, each filter's values sorted (nothing written)."""
    meta = pf_read(meta_path)
    if not (isinstance(meta, list) and len(meta) > _PF_FILTERS):
        raise _CborError(f"{meta_path.name}: unexpected layout")
    listed = meta[_PF_FILTERS]
    if not isinstance(listed, list):
        raise _CborError(f"{meta_path.name}: unexpected filter list")
    filters: list[_Filter] = []
    for item in listed:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], str)):
            raise _CborError(f"{meta_path.name}: unexpected filter entry")
        path = bundle / "filter" / f"{item[1]}.pf_filter"
        content = pf_read(path)
        if not (isinstance(content, list) and len(content) == 2 and isinstance(content[1], list)):
            raise _CborError(f"{path.name}: unexpected layout")
        content[1] = sorted(content[1], key=_sort_key)
        filters.append((str(item[0]), path, content))
    return meta_path, meta, filters
