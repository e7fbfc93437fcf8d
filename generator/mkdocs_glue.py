"""The only module that imports MkDocs: building and live preview.

MkDocs 1.6 is unmaintained and Material is heading for end of life, so the
rest of the generator writes plain Markdown and knows nothing of MkDocs. This
module also runs the live preview: it renders the pages again when a record
or template changes, and MkDocs rebuilds what changed.

Search is Pagefind, run over the built site after MkDocs (``run_pagefind``):
it writes a chunked index into ``site/pagefind/``, so a reader's first query
fetches a few small files instead of one index of the whole site.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from generator.pagecache import PageCache
from generator.store import RecordCache

CONFIG_NAME = "mkdocs.yml"
DEFAULT_DOCS = Path("build/docs")
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


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


@contextmanager
def _collected() -> Iterator[_Collect]:
    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def build_site(root: Path, *, docs_dir: Path, site_dir: Path, strict: bool) -> None:
    """Build ``site_dir`` from the rendered pages in ``docs_dir`` with ``root/mkdocs.yml``.

    Raises SiteBuildError with MkDocs' warnings and errors when the build
    fails; in strict mode any warning (a broken link, say) fails it.
    """
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    with _collected() as log:
        try:
            config = load_config(
                config_file=str(root / CONFIG_NAME),
                docs_dir=str(docs_dir.resolve()),
                site_dir=str(site_dir.resolve()),
                strict=strict,
            )
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (exceptions.MkDocsException, exceptions.Abort) as error:
            raise SiteBuildError(log.messages, str(error)) from error
    if strict and log.messages:  # MkDocs counts warnings only of its own loggers
        raise SiteBuildError(log.messages)
    run_pagefind(site_dir)


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


class _Indexer:
    """Runs Pagefind for the preview in the background, one run at a time.

    Indexing 1,000 briefings takes seconds; the edited page should not wait for
    it, so the browser reloads at once and search catches up when the run ends.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wanted: Path | None = None
        self._running = False
        self._thread: threading.Thread | None = None

    def request(self, site_dir: Path) -> None:
        with self._lock:
            self._wanted = site_dir
            if self._running:
                return  # the running worker picks the request up when it ends
            self._running = True
            self._thread = threading.Thread(
                target=self._work, name="briefings-pagefind", daemon=True
            )
            self._thread.start()

    def wait(self, timeout: float = 60.0) -> None:
        """Let a running index finish (MkDocs deletes the preview's site when it stops)."""
        with self._lock:
            self._wanted = None
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _work(self) -> None:
        while True:
            with self._lock:
                site_dir, self._wanted = self._wanted, None
                if site_dir is None:
                    self._running = False
                    return
            try:
                run_pagefind(site_dir)
            except SiteBuildError as error:
                logging.getLogger("mkdocs.briefings").error("%s", error)


#: One indexer per process; MkDocs loads this file anew as a hook on every rebuild,
#: so the hook reaches it through the imported module.
INDEXER = _Indexer()


def on_shutdown() -> None:
    """MkDocs hook: let indexing finish before MkDocs removes the preview's temporary site."""
    from generator import mkdocs_glue

    mkdocs_glue.INDEXER.wait()


def on_post_build(config: Any) -> None:
    """MkDocs hook (live preview): index the rebuilt site in the background."""
    from generator import mkdocs_glue

    mkdocs_glue.INDEXER.request(Path(config["site_dir"]))


def serve(root: Path, *, production: bool, dev_addr: str) -> None:
    """Live preview on ``dev_addr``: editing a record or template re-renders and reloads.

    We watch briefings/ and templates/ ourselves and render into the docs folder;
    MkDocs watches the docs folder and rebuilds. Rendering inside a MkDocs hook
    instead would make every edit cost two rebuilds, because the hook's own
    writes to the docs folder arrive as new changes during the first one.
    """
    from mkdocs.commands.serve import serve as mkdocs_serve

    _show_mkdocs_log()
    preview = Preview(root, production)
    preview.render()  # MkDocs checks docs_dir exists before the first build
    with preview.watching():
        mkdocs_serve(
            config_file=str(root / CONFIG_NAME),
            # This file as a MkDocs hook: its on_post_build runs Pagefind after each build.
            hooks=[str(Path(__file__).resolve())],
            dev_addr=dev_addr,
            livereload=True,
            # Dirty: MkDocs rebuilds only pages whose Markdown is newer than their HTML,
            # and render rewrites only pages whose content changed. A full rebuild of
            # 1,000 briefings takes tens of seconds; an edit touches a handful of pages.
            build_type="dirty",
            # An editor mid-edit must not stop the preview over a warning.
            strict=False,
        )


def _show_mkdocs_log() -> None:
    # `mkdocs serve` sets this up in its own CLI; called as a library it logs nothing.
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


class Preview:
    """Renders the docs folder of a preview again whenever records or templates change."""

    def __init__(self, root: Path, production: bool, quiet_period: float = 0.1) -> None:
        self.root = root
        self.production = production
        self.quiet_period = quiet_period
        self.cache: RecordCache = {}
        self.pages = PageCache()
        self.log = logging.getLogger("mkdocs.briefings")
        self._changed = threading.Event()
        self._stop = threading.Event()

    def render(self) -> None:
        """Render once; a broken record is reported, located, and left out."""
        from generator.render import render_site
        from generator.store import load_records

        try:
            records, problems = load_records(self.root, self.cache)
            result = render_site(
                records,
                self.root / DEFAULT_DOCS,
                templates_dir=self.root / "templates",
                production=self.production,
                cache=self.pages,
            )
        except Exception as error:  # keep the preview alive while an editor is mid-edit
            self.log.error("render failed: %s", error)
            return
        for problem in problems:
            self.log.error("%s", problem)
        if result.written or result.removed:
            self.log.info(
                "rendered %d page(s), removed %d", len(result.written), len(result.removed)
            )

    def _loop(self) -> None:
        while not self._stop.is_set():
            if not self._changed.wait(0.5):
                continue
            # Let a burst of events (editor save: temp file, rename) settle first.
            while self._changed.is_set():
                self._changed.clear()
                time.sleep(self.quiet_period)
            self.render()

    @contextmanager
    def watching(self) -> Iterator[None]:
        """Watch briefings/ and templates/ while the block runs."""
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer

        changed = self._changed

        class _Handler(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                if event.event_type not in ("opened", "closed_no_write"):
                    changed.set()

        observer = Observer()
        for folder in ("briefings", "templates"):
            observer.schedule(_Handler(), str(self.root / folder), recursive=True)
        observer.start()
        worker = threading.Thread(target=self._loop, name="briefings-render", daemon=True)
        worker.start()
        try:
            yield
        finally:
            self._stop.set()
            observer.stop()
            observer.join(5)
            worker.join(5)
