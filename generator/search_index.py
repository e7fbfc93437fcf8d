"""Search: Pagefind over the built site, with its filter indexes in a stable order.

Pagefind writes a chunked index into ``site/pagefind/``, so a reader's first
query fetches a few small files instead of one index of the whole site.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import shutil
import subprocess
from pathlib import Path

#: The pages Pagefind reads: briefings only (their article carries data-pagefind-body;
#: hubs, home, A-Z and timeline are not walked at all, which keeps indexing fast).
PAGEFIND_GLOB = "briefings/**/*.{html}"
PAGEFIND_TIMEOUT = 3600  # seconds; 5,000 briefings take about 20 s on 2 cores


class SiteBuildError(Exception):
    """MkDocs (in strict mode: warned) or Pagefind failed; the message holds what it said."""

    def __init__(self, messages: list[str], cause: str = "", *, tool: str = "MkDocs") -> None:
        self.messages = messages
        lines = [*messages, cause] if cause else messages
        super().__init__(f"{tool} build failed:\n" + "\n".join(f"  {m}" for m in lines if m))


def run_pagefind(site_dir: Path) -> None:
    """Index the built briefings of ``site_dir`` into ``site_dir/pagefind/`` with Pagefind.

    Runs the ``pagefind`` binary of the ``pagefind[bin]`` package. Its output
    depends only on the HTML it reads (file names hold content hashes), so two
    builds of the same records give the same bytes. Raises SiteBuildError
    with Pagefind's own message when it fails or cannot be found.
    """
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise SiteBuildError(["not installed: pip install 'pagefind[bin]'"], tool="Pagefind")
    args = [str(binary), "--site", str(site_dir.resolve()), "--quiet"]
    if any((site_dir / "briefings").glob("*/index.html")):
        args += ["--glob", PAGEFIND_GLOB]
    # else a site without briefings: Pagefind refuses to build an empty index, and the
    # search page needs one, so it indexes the few pages there are (home, A-Z).
    # Pagefind adds to an existing bundle without removing what is stale (the live
    # preview rebuilds into the same folder): start from none.
    shutil.rmtree(site_dir / "pagefind", ignore_errors=True)
    try:
        done = subprocess.run(
            args, capture_output=True, text=True, timeout=PAGEFIND_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SiteBuildError([f"could not run: {error}"], tool="Pagefind") from error
    if done.returncode != 0:
        said = [line.strip() for line in (done.stdout + done.stderr).splitlines()]
        said = list(dict.fromkeys(line for line in said if line))  # it says some things twice
        raise SiteBuildError(
            [f"exit {done.returncode} indexing {site_dir}", *said], tool="Pagefind"
        )
    canonical_filters(site_dir / "pagefind")


# --- Pagefind's filter indexes, in a stable order -----------------------------------------
#
# Pagefind 1.5 writes its filter indexes from hash maps: the values of a filter
# and the filters listed in the metadata file come out in a different order on
# every run (upstream: "other files will still change, such as the filter/metadata
# indexes", Pagefind issue 638), and the file names are hashes of the content. The
# words index and the fragments are stable. So we sort the values of each filter
# and the metadata's list of filters, rename the files after their new content and
# point the entry file at the new metadata. The files are gzip-compressed CBOR
# after a "pagefind_dcd" signature; the search reads them the same in any order.

_PF_SIGNATURE = b"pagefind_dcd"
_PF_FILTERS = 3  # [version, pages, index chunks, filters, sorts, meta fields]


class _CborError(ValueError):
    pass


def _cbor_head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([major << 5 | extra]) + value.to_bytes(size, "big")
    raise _CborError("integer too large")


def _cbor_encode(item: object) -> bytes:
    if isinstance(item, bool) or item is None:
        raise _CborError("unexpected simple value")
    if isinstance(item, int):
        return _cbor_head(0, item) if item >= 0 else _cbor_head(1, -1 - item)
    if isinstance(item, bytes):
        return _cbor_head(2, len(item)) + item
    if isinstance(item, str):
        data = item.encode("utf-8")
        return _cbor_head(3, len(data)) + data
    if isinstance(item, list):
        return _cbor_head(4, len(item)) + b"".join(_cbor_encode(i) for i in item)
    raise _CborError(f"cannot encode {type(item).__name__}")


def _cbor_decode(data: bytes, at: int = 0) -> tuple[object, int]:
    """One item of the CBOR subset Pagefind writes: integers, strings, arrays."""
    if at >= len(data):
        raise _CborError("truncated")
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        value = info
    elif info <= 27:
        size = 1 << (info - 24)
        if at + size > len(data):
            raise _CborError("truncated")
        value = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise _CborError("indefinite length or reserved")
    if major == 0:
        return value, at
    if major == 1:
        return -1 - value, at
    if major in (2, 3):
        if at + value > len(data):
            raise _CborError("truncated")
        raw = data[at : at + value]
        return (raw if major == 2 else raw.decode("utf-8")), at + value
    if major == 4:
        items = []
        for _ in range(value):
            item, at = _cbor_decode(data, at)
            items.append(item)
        return items, at
    raise _CborError(f"unexpected major type {major}")


def _pf_read(path: Path) -> object:
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
        logging.getLogger("mkdocs.briefings").warning(
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
    entry_file.write_text(entry_text, "utf-8")


_Filter = tuple[str, Path, list[object]]


def _plan_meta(bundle: Path, meta_path: Path) -> tuple[Path, list[object], list[_Filter]]:
    """A metadata file and its filters, each filter's values sorted (nothing written)."""
    meta = _pf_read(meta_path)
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
        content = _pf_read(path)
        if not (isinstance(content, list) and len(content) == 2 and isinstance(content[1], list)):
            raise _CborError(f"{path.name}: unexpected layout")
        content[1] = sorted(content[1], key=_sort_key)
        filters.append((str(item[0]), path, content))
    return meta_path, meta, filters
