"""The live preview's state that outlives MkDocs' rebuilds: rebuild requests, search, templates.

MkDocs loads its config, hooks and theme anew for every rebuild; what must be
kept between rebuilds lives here, one of each per process (REBUILDS, INDEXER,
TEMPLATE_CACHE), and the hooks reach it through this module.
"""

from __future__ import annotations

import html
import logging
import os
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
import jinja2.bccache
from mkdocs.config.defaults import MkDocsConfig

from generator import search_index
from generator.layout import pages_at_url
from generator.mkdocs import compat
from generator.search_index import SiteBuildError

LOG = logging.getLogger(f"{compat.LOGGER}.briefings")


class Problems:
    """The problems of the preview's last render, shown on top of every served page.

    The preview leaves a broken record out and keeps the last good pages, so an
    editor looking at the browser would not know; the banner stays on every page
    until a render finds nothing wrong.
    """

    #: Lines shown at most; the banner says how many more there are.
    SHOWN = 20

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lines: tuple[str, ...] = ()
        self._build_error: str | None = None

    def update(self, lines: list[str]) -> bool:
        """Replace the problems with ``lines``; True when they changed."""
        with self._lock:
            changed = tuple(lines) != self._lines
            self._lines = tuple(lines)
        return changed

    def build_ended(self, error: str | None) -> None:
        """Record how the last site build ended: ``error`` says why it failed, None if it built."""
        with self._lock:
            self._build_error = error

    def banner(self) -> bytes:
        """The banner's HTML (every problem escaped), or nothing when all is well."""
        with self._lock:
            lines, build_error = self._lines, self._build_error
        if not lines and build_error is None:
            return b""
        parts = []
        if build_error is not None:
            parts.append(
                "<strong>The site did not build</strong>: this preview shows the pages of the "
                f"last build until it is fixed.<ul {_LIST_STYLE}>"
                f"<li><code>{html.escape(build_error)}</code></li></ul>"
            )
        if lines:
            items = "".join(
                f"<li><code>{html.escape(line)}</code></li>" for line in lines[: self.SHOWN]
            )
            more = len(lines) - self.SHOWN
            if more > 0:
                items += f"<li>and {more} more: run <code>briefings check</code></li>"
            heading = f"{len(lines)} problem{'s' if len(lines) != 1 else ''} in the records"
            parts.append(
                f"<strong>{heading}</strong>: this preview leaves them out and shows the last "
                f"good pages until they are fixed.<ul {_LIST_STYLE}>{items}</ul>"
            )
        return (
            '<div class="briefings-preview-problems" role="alert" style="position:sticky;top:0;'
            "z-index:10;padding:0.6em 1em;background:#fff4e5;color:#5d2600;"
            f'border-bottom:3px solid #b3261e;font:0.8rem/1.4 sans-serif">{"".join(parts)}</div>'
        ).encode()


_LIST_STYLE = 'style="margin:0.3em 0 0 1.2em"'


def build_failure(error: Exception) -> str:
    """One line saying why a build failed, with the template's file and line when known."""
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        return f"{error.filename}:{error.lineno}: {error.message}"
    return " ".join(str(error).split()) or type(error).__name__


PROBLEMS = Problems()


class Indexer:
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
        """Index ``site_dir`` once the run going on (if any) ends."""
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
        # Below the editor's next render and rebuild: Pagefind takes both cores for
        # seconds. Linux keeps a niceness per thread, and the child inherits it.
        if hasattr(os, "setpriority"):
            me = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, me, min(os.getpriority(os.PRIO_PROCESS, me) + 10, 19))
        while True:
            with self._lock:
                site_dir, self._wanted = self._wanted, None
                if site_dir is None:
                    self._running = False
                    return
            try:
                search_index.reindex_served(site_dir)
            except SiteBuildError as error:
                LOG.error("%s", error)


class Rebuilds:
    """Starts the preview server's rebuild as soon as a render has written its pages.

    MkDocs would notice the new pages itself by polling every file of the docs folder
    twice a second: up to half a second late, and a steady load on 4,000 files. So the
    hook ``on_serve`` hands us the server and we stop it watching the docs folder.
    """

    #: A page counts as open while its browser polled for reloads this recently
    #: (livereload polls again as soon as a poll ends, at the latest after 60 s).
    OPEN_FOR = 90.0

    def __init__(self) -> None:
        self._server: object | None = None
        #: Held by a render while it writes the docs folder, and by every rebuild: a
        #: dirty rebuild that sees a page change between its two passes fails
        #: ("page.content is None") and the preview looks stuck until the next one.
        self.writing = threading.Lock()
        self._built = 0  # rebuilds ended, failed ones too
        self._ended = threading.Condition()
        self._open: dict[str, float] = {}  # URL path -> when a browser last polled from it
        self._settings: list[Path] = []  # mkdocs.yml and the theme's overrides
        self._settings_seen: list[tuple[str, int, int]] = []
        self._docs: Path | None = None

    def attach(self, server: object) -> bool:
        """Take over rebuild requests of ``server``; False if the engine's server is unknown."""
        if not compat.take_over_rebuilds(server, self._one_at_a_time, self._polled):
            return False
        self._server = server
        return True

    def on_serve(self, server: compat.LiveServer, config: MkDocsConfig) -> None:
        """Rebuild when our render wrote pages; rebuild every page when settings change."""
        if not self.attach(server):
            return  # MkDocs polls the docs folder itself
        server.unwatch(config.docs_dir)
        compat.add_to_served_pages(server, PROBLEMS.banner)
        settings = [Path(config.config_file_path)] if config.config_file_path else []
        custom_dir = config.theme.custom_dir
        if custom_dir:
            settings.append(Path(custom_dir))
            server.watch(custom_dir)  # MkDocs itself watches mkdocs.yml already
        self.follow_settings(settings, Path(config.docs_dir))

    def _one_at_a_time(self, build: Callable[[], None]) -> Callable[[], None]:
        def rebuild() -> None:
            try:
                with self.writing:
                    self._redo_every_page_if_settings_changed()
                    try:
                        build()
                    except Exception as error:
                        # Raised to MkDocs, a failed build leaves every page request of its
                        # server waiting, with no timeout, for the next build that succeeds:
                        # the browser hangs with no word of why. Caught, the server serves
                        # the pages it has, and the banner on each says what failed.
                        failure = build_failure(error)
                        LOG.error("the site did not build: %s", failure)
                        PROBLEMS.build_ended(failure)
                    else:
                        PROBLEMS.build_ended(None)
            finally:
                with self._ended:
                    self._built += 1
                    self._ended.notify_all()

        return rebuild

    def _polled(self, url: str) -> None:
        with self._ended:
            self._open[urlsplit(url).path] = time.monotonic()

    def follow_settings(self, paths: list[Path], docs: Path) -> None:
        """After ``paths`` (mkdocs.yml, the theme's overrides) change, rebuild every page.

        The preview's rebuilds are dirty: MkDocs redoes only pages whose Markdown is
        newer than their HTML, so an edited ``main.html`` or nav would reach no page
        until its Markdown changed too.
        """
        self._settings = paths
        self._docs = docs
        self._settings_seen = _files_state(paths)

    def _redo_every_page_if_settings_changed(self) -> None:
        if self._docs is None:
            return  # not following: MkDocs serves without our on_serve
        state = _files_state(self._settings)
        if state == self._settings_seen:
            return
        self._settings_seen = state
        LOG.info("mkdocs.yml or the theme changed: rebuilding every page")
        now = time.time()
        for page in self._docs.rglob("*.md"):
            os.utime(page, (now, now))

    def open_pages(self) -> set[str]:
        """Docs files of the pages browsers show now (``briefings/x.md`` for ``/briefings/x/``)."""
        now = time.monotonic()
        with self._ended:
            paths = [path for path, when in self._open.items() if now - when < self.OPEN_FOR]
        found: set[str] = set()
        for path in paths:
            found |= pages_at_url(path)
        return found

    def show_first(self, timeout: float = 10.0) -> None:
        """From a render holding ``writing``: rebuild with what it wrote so far, and wait.

        A template edit changes a thousand pages, and MkDocs needs seconds for them;
        the render writes the pages open in a browser, lets MkDocs build and show
        them, then writes the rest.
        """
        if self._server is None:
            return
        with self._ended:
            before = self._built
        self.request()
        self.writing.release()
        try:
            with self._ended:
                self._ended.wait_for(lambda: self._built > before, timeout)
        finally:
            self.writing.acquire()

    def request(self) -> None:
        """Ask the server for a rebuild (none before the first build, or when not attached)."""
        if self._server is not None:
            compat.request_rebuild(self._server)


def _files_state(paths: list[Path]) -> list[tuple[str, int, int]]:
    """Each file at or below ``paths``, with its modification time and size."""
    found = []
    for path in paths:
        for file in sorted(path.rglob("*")) if path.is_dir() else (path,):
            try:
                info = file.stat()
            except OSError:
                continue  # removed meanwhile: its absence is the change
            if not stat.S_ISDIR(info.st_mode):
                found.append((str(file), info.st_mtime_ns, info.st_size))
    return found


class TemplateCodeCache(jinja2.BytecodeCache):
    """Compiled theme templates, kept across rebuilds.

    MkDocs makes a new jinja environment on every rebuild, and compiling Material's
    templates again costs a third of a second; jinja checks each entry against the
    template's source, so an edited override is compiled afresh.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


#: One of each per process: the hooks, loaded anew on every rebuild, reach them here.
INDEXER = Indexer()
REBUILDS = Rebuilds()
TEMPLATE_CACHE = TemplateCodeCache()
