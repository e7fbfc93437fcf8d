"""Search: Pagefind over the built site, in bounded batches, with stable filter indexes.

Pagefind writes a chunked index, so a reader's first query fetches a few small
files instead of one index of the whole site. Building it is what costs: the
binary holds the inverted index of every page it reads at once (about 0.4 MB
per briefing of ~700 words), so one run over 10,000 briefings would peak near
4 GB. The briefings are therefore indexed in batches of at most
``BATCH_PAGES``, one Pagefind run after another, each into its own bundle: the
first in ``site/pagefind/`` (with Pagefind's scripts and UI), the others in
``site/pagefind/batch/NN/`` (index files only). ``pagefind/batches.json`` lists
them, and the search page merges them in the browser with Pagefind's
``mergeIndex``, which searches every bundle and ranks all results together.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path, PurePosixPath
from typing import Protocol

from generator.atomic import replace_folder, write_atomic
from generator.layout import INDEXED
from generator.search_filters import canonical_filters
from generator.search_filters import read_fragment as read_fragment  # its readers' old home

#: Briefings per Pagefind run. Its peak memory grows with the words it holds (~0.4 MB
#: per synthetic briefing): 1,000 keep a run near 430 MB, whatever the number of
#: briefings; fewer batches mean fewer files for a reader's first query.
#: BRIEFINGS_PAGEFIND_BATCH overrides it (a smaller machine, or tests).
BATCH_PAGES = 1000
BATCH_ENV = "BRIEFINGS_PAGEFIND_BATCH"
#: The bundles after the first, relative to site/pagefind/: batch/01/, batch/02/, ...
BATCH_DIR = "batch"
#: What the search page reads to know which bundles to merge (written even for one).
MANIFEST = "batches.json"
#: What a merged bundle needs: the browser loads Pagefind's scripts and WebAssembly
#: from the first bundle only, so the copies Pagefind writes into every bundle go.
_MERGED_KEEP = ("pagefind-entry.json", "index", "fragment", "filter")
_BODY_MARK = b"data-pagefind-body"
_STAGE = ".pagefind-batch"  # inside the site folder: same file system, for hard links
_FRESH = ".pagefind-new"  # reindex_served's bundle, beside the live one
#: Pagefind runs at once at most (each ~430 MB at its peak: two stay under 1 GB).
MOST_AT_ONCE = 2
PAGEFIND_TIMEOUT = 3600  # seconds for one run; 1,000 briefings take about 5 s on 2 cores
_HASH_SPACE = 1 << 64  # batches cut the space of a page path's 64-bit hash
_FILL_NUM, _FILL_DEN = 19, 20  # a range's expected share of ``size``: 95%
_STOP_POLL = 0.2  # seconds between looks at a stop request while Pagefind runs


class SiteBuildError(Exception):
    """MkDocs (in strict mode: warned) or Pagefind failed; the message holds what it said."""

    def __init__(self, messages: list[str], cause: str = "", *, tool: str = "MkDocs") -> None:
        self.messages = messages
        lines = [*messages, cause] if cause else messages
        super().__init__(f"{tool} build failed:\n" + "\n".join(f"  {m}" for m in lines if m))


def batch_pages() -> int:
    """Briefings per Pagefind run: BATCH_PAGES, or BRIEFINGS_PAGEFIND_BATCH when set."""
    value = os.environ.get(BATCH_ENV, "").strip()
    if not value:
        return BATCH_PAGES
    try:
        size = int(value)
    except ValueError:
        size = 0
    if size < 1:
        raise SiteBuildError([f"{BATCH_ENV}={value!r}: expected a whole number above 0"])
    return size


def batches(pages: Sequence[str], size: int) -> list[list[str]]:
    """``pages`` in about ceil(len/size) batches of at most ``size``, each a fair sample of all.

    Pagefind ranks with statistics of its own bundle (how many pages hold a word,
    how long pages are); merged bundles compare well only if each is like the
    whole site. A page's batch is where a hash of its path falls: the hash space
    is cut into ceil(len/size) equal ranges, and a range holding more than
    ``size`` pages is halved until none does. That spreads every period, source
    and topic over all batches (ordering by date or title would not), and adding
    or removing a page changes its own batch only, until the number of ranges
    changes: a build by the piece indexes that batch alone again. Deterministic.
    """
    if not pages:
        return []
    keyed = sorted(
        (int.from_bytes(hashlib.sha256(p.encode()).digest()[:8], "big"), p) for p in pages
    )
    hashes = [key for key, _ in keyed]
    # Ranges a little under ``size`` on average: few overflow and get halved.
    count = -(-len(keyed) * _FILL_DEN // (size * _FILL_NUM))
    groups: list[list[str]] = []

    def cut(low: int, high: int) -> None:
        start, end = bisect.bisect_left(hashes, low), bisect.bisect_left(hashes, high)
        if end - start > size and high - low > 1:
            middle = (low + high) // 2
            cut(low, middle)
            cut(middle, high)
        elif end > start:
            groups.append(sorted(page for _, page in keyed[start:end]))

    for number in range(count):
        cut(_HASH_SPACE * number // count, _HASH_SPACE * (number + 1) // count)
    return groups


def run_pagefind(
    site_dir: Path,
    *,
    batch_size: int | None = None,
    stop: threading.Event | None = None,
    bundle_dir: Path | None = None,
    workers: Callable[[], int] | None = None,
) -> None:
    """Index the built briefings of ``site_dir`` into ``site_dir/pagefind/`` with Pagefind.

    Runs the ``pagefind`` binary of the ``pagefind[bin]`` package once per batch
    of ``batch_size`` briefings (default ``batch_pages()``), one run after another
    so that peak memory is that of one batch; ``workers()``, asked before each
    batch starts, may let more run at once (Pagefind keeps to about one core:
    the build runs two when MkDocs has left the cores free). Its output depends only on the
    HTML it reads (file names hold content hashes), so two builds of the same
    records give the same bytes. Raises SiteBuildError with Pagefind's own
    message when it fails or cannot be found.

    Once ``stop`` is set (the site build failed: its index is of no use), the
    running Pagefind is killed and no further batch starts; the bundle is left
    unfinished. ``bundle_dir`` writes the bundles elsewhere than ``site_dir/pagefind``
    (see :func:`reindex_served`).
    """
    binary = pagefind_binary()
    size = batch_pages() if batch_size is None else batch_size
    site = site_dir.resolve()
    bundle = site / "pagefind" if bundle_dir is None else bundle_dir.resolve()
    # Pagefind adds to an existing bundle without removing what is stale (the live
    # preview rebuilds into the same folder): start from none.
    shutil.rmtree(bundle, ignore_errors=True)
    groups = batches(indexed_pages(site), size)
    if not groups:
        # A site without briefings (none with an article to index): Pagefind refuses to
        # build an empty index, and the search page needs one, so it indexes the few
        # pages there are (home, A-Z).
        if not _pagefind(binary, site, bundle, stop):
            return
        canonical_filters(bundle)
    elif not _index_batches(binary, site, bundle, groups, stop, workers or _one):
        return
    write_batch_list(bundle, len(groups))


def _one() -> int:
    return 1


def _index_batches(
    binary: Path,
    site: Path,
    bundle: Path,
    groups: list[list[str]],
    stop: threading.Event | None,
    workers: Callable[[], int],
) -> bool:
    """Index every batch, as many at once as ``workers()`` allows when each starts.

    Batches write apart (batch 0 the bundle's own files, the others their
    folders under batch/; Pagefind removes nothing it finds there). False if
    ``stop`` ended it; the first error of a batch is raised once the batches
    running with it have ended (a failure stops the rest).
    """
    ended = threading.Event()  # a batch failed or was stopped
    failed: list[BaseException] = []

    def stopped() -> bool:
        return ended.is_set() or (stop is not None and stop.is_set())

    def run(number: int, group: list[str]) -> bool:
        if stopped():
            return False
        try:
            if not index_batch(binary, site, bundle, number, group, _Either(stop, ended)):
                ended.set()
        except BaseException as error:  # raised by the caller's thread, in _end
            failed.append(error)
            ended.set()
        return not ended.is_set()

    with ThreadPoolExecutor(max_workers=MOST_AT_ONCE, thread_name_prefix="pagefind") as pool:
        running: set[Future[bool]] = set()
        for number, group in enumerate(groups):
            while len(running) >= max(1, min(workers(), MOST_AT_ONCE)):
                running = wait(running, timeout=_STOP_POLL, return_when=FIRST_COMPLETED)[1]
            if stopped():
                break
            running.add(pool.submit(run, number, group))
        wait(running)
    return _end(failed) if stopped() else True


def _end(failed: list[BaseException]) -> bool:
    if failed:
        raise failed[0]
    return False


class Stop(Protocol):
    """A request to stop indexing (a threading.Event)."""

    def is_set(self) -> bool: ...


class _Either:
    """Set when either event is."""

    def __init__(self, first: Stop | None, second: Stop) -> None:
        self.first = first
        self.second = second

    def is_set(self) -> bool:
        return self.second.is_set() or (self.first is not None and self.first.is_set())


def pagefind_binary() -> Path:
    """The ``pagefind`` binary of the ``pagefind[bin]`` package; SiteBuildError without it."""
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise SiteBuildError(["not installed: pip install 'pagefind[bin]'"], tool="Pagefind")
    return Path(binary)


def bundle_folder(bundle: Path, number: int) -> Path:
    """Where batch ``number`` is written: the first in ``bundle``, the others in batch/NN/."""
    return bundle if number == 0 else bundle / BATCH_DIR / f"{number:02d}"


def index_batch(
    binary: Path,
    site: Path,
    bundle: Path,
    number: int,
    group: list[str],
    stop: Stop | None = None,
) -> bool:
    """Index the pages ``group`` of ``site`` as batch ``number`` of ``bundle``.

    The bundle depends only on the number and the bytes of those pages. False if
    ``stop`` ended it first.
    """
    stage = site / _STAGE / f"{number:02d}"  # one each: batches may run at once
    shutil.rmtree(stage, ignore_errors=True)
    try:
        _link_pages(site, stage, group)
        out = bundle_folder(bundle, number)
        if not _pagefind(binary, stage, out, stop):
            return False
        canonical_filters(out)
        if number:
            _strip_merged(out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        with contextlib.suppress(OSError):  # another batch's stage is still in it
            stage.parent.rmdir()
    return True


def write_batch_list(bundle: Path, count: int) -> None:
    """The list of bundles the search page merges (every batch after the first)."""
    merged = [f"{BATCH_DIR}/{number:02d}/" for number in range(1, count)]
    # Whole or not at all: the preview's search page may read it while it is written.
    write_atomic(bundle / MANIFEST, (json.dumps({"merge": merged}) + "\n").encode(), durable=False)


def reindex_served(site_dir: Path) -> None:
    """Index ``site_dir`` again while it is served (the live preview): the old index
    answers searches until the new one is whole, then a rename puts it in place."""
    site = site_dir.resolve()
    fresh = site / _FRESH
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        run_pagefind(site, bundle_dir=fresh)
        replace_folder(site / "pagefind", fresh)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def indexed_pages(site: Path, among: Iterable[str] | None = None) -> list[str]:
    """The briefing pages Pagefind indexes: those whose article has data-pagefind-body.

    Pagefind itself skips pages without it once any page has it, but a batch made
    only of such pages (the redirects of renamed briefings) would be indexed whole.
    ``among``: look at these site paths only, not at the whole site.
    """
    if among is None:
        found = [page.relative_to(site).as_posix() for page in site.glob(INDEXED)]
    else:
        depth = len(PurePosixPath(INDEXED).parts)
        found = [
            page
            for page in among
            if len(PurePosixPath(page).parts) == depth and PurePosixPath(page).match(INDEXED)
        ]
    return [page for page in found if _BODY_MARK in (site / page).read_bytes()]


def _link_pages(site: Path, stage: Path, pages: list[str]) -> None:
    """A folder holding just ``pages`` at their paths, for one Pagefind run to walk.

    Hard links cost no copy; Pagefind's --glob would need every path of the batch
    spelled out in one pattern.
    """
    for page in pages:
        target = stage / page
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site / page, target)
        except OSError:  # a file system without hard links
            shutil.copyfile(site / page, target)


def _pagefind(binary: Path, source: Path, out: Path, stop: Stop | None) -> bool:
    """One Pagefind run over ``source`` into ``out``; False if ``stop`` ended it first."""
    args = [str(binary), "--site", str(source), "--output-path", str(out), "--quiet"]
    try:
        process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    except OSError as error:
        raise SiteBuildError([f"could not run: {error}"], tool="Pagefind") from error
    deadline = time.monotonic() + PAGEFIND_TIMEOUT
    while True:
        try:
            # Waiting in short slices keeps the output (retrying loses none) and lets
            # a stop request or the deadline end the run.
            stdout, stderr = process.communicate(timeout=_STOP_POLL)
            break
        except subprocess.TimeoutExpired:
            stopped = stop is not None and stop.is_set()
            if stopped or time.monotonic() > deadline:
                process.kill()
                process.communicate()
                if stopped:
                    return False
                message = f"could not run: timed out after {PAGEFIND_TIMEOUT} seconds"
                raise SiteBuildError([message], tool="Pagefind") from None
    if process.returncode != 0:
        said = [line.strip() for line in (stdout + stderr).splitlines()]
        said = list(dict.fromkeys(line for line in said if line))  # it says some things twice
        message = f"exit {process.returncode} indexing {source}"
        raise SiteBuildError([message, *said], tool="Pagefind")
    return True


def _strip_merged(out: Path) -> None:
    for path in out.iterdir():
        if path.name in _MERGED_KEEP or path.suffix == ".pf_meta":
            continue
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
