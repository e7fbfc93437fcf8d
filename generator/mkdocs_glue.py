"""The only module that imports MkDocs: building and live preview.

MkDocs 1.6 is unmaintained and Material is heading for end of life, so the
rest of the generator writes plain Markdown and knows nothing of MkDocs. This
module also runs the live preview: it renders the pages again when a record
or template changes, and MkDocs rebuilds what changed.

Search is Pagefind, run over the built site after MkDocs (``generator.search_index``):
it writes a chunked index into ``site/pagefind/``, so a reader's first query
fetches a few small files instead of one index of the whole site.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import stat
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import jinja2
import jinja2.bccache
from mkdocs.plugins import BasePlugin

from generator.gcpause import collector_paused
from generator.layout import INDEXED
from generator.pagecache import PageCache
from generator.search_index import SiteBuildError, reindex_served, run_pagefind
from generator.store import RecordCache

CONFIG_NAME = "mkdocs.yml"
DEFAULT_DOCS = Path("build/docs")


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


class SiteBuild:
    """A MkDocs build in a child process; with ``pages`` it starts before the pages exist.

    MkDocs runs in a fresh child process: beside the records and pages this
    process made it ran ~15% slower (at 5,000 briefings, 72 s against 62 s).

    ``pages``: the reading end of a PageFeed's pipe. MkDocs then builds from the
    pages a render (another process) is writing: it starts at once, and reads
    each page as soon as the render says it is there. On 2 cores the render is
    then almost free: MkDocs converts pages on one core while the render makes
    the next on the other.
    """

    def __init__(
        self,
        root: Path,
        *,
        docs_dir: Path,
        site_dir: Path,
        strict: bool,
        pages: multiprocessing.connection.Connection | None = None,
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_build_in_child,
            args=(
                child,
                str(root),
                str(docs_dir.resolve()),
                str(site_dir.resolve()),
                strict,
                pages,
            ),
            name="briefings-mkdocs",
        )
        self._process.start()
        child.close()
        self.site_dir = site_dir
        self.strict = strict
        self._outcome: tuple[str, list[str], str] | None = None
        self._progress: tuple[int, int] | None = None
        self._search: _SearchIndexing | None = None

    def wait_beside(self, other: multiprocessing.connection.Connection) -> None:
        """Take the build's reports (it must not block on them) until ``other`` is ready.

        ``other``: the connection the process writing the pages reports its end on.
        """
        while True:
            ready = multiprocessing.connection.wait([self._conn, other])
            if other in ready:
                return
            if not self._receive(None):
                multiprocessing.connection.wait([other])
                return

    def stop(self) -> None:
        """End the build unfinished: its pages will not come (the render failed)."""
        self._process.terminate()
        self._process.join()
        self._conn.close()
        if self._search is not None:
            self._search.cancel()

    def finish(
        self,
        progress: Callable[[int, int], None] | None = None,
        say: Callable[[str], None] | None = None,
    ) -> None:
        """Wait for MkDocs and for Pagefind's index of the site (started beside MkDocs or after).

        Raises SiteBuildError with MkDocs' warnings and errors when the build
        fails (in strict mode any warning, a broken link say, fails it), or
        with Pagefind's. ``progress`` is told (pages built, pages) as MkDocs
        goes; ``say`` hears about search indexing and how long it took.
        """
        if progress is not None and self._progress is not None:
            progress(*self._progress)
        try:
            while self._outcome is None and self._receive(progress):
                pass
        finally:
            self._process.join()
            self._conn.close()
        search, self._search = self._search, None
        state, messages, error = self._outcome or ("crashed", [], "MkDocs stopped without a word")
        if state == "crashed" or state == "failed" or (self.strict and messages):
            if search is not None:
                search.cancel()  # it reads the site MkDocs left: stop it before that goes
            if state == "crashed":
                raise SiteBuildError(messages, f"{error} (exit code {self._process.exitcode})")
            raise SiteBuildError(messages, error)  # warnings count only in strict mode
        if search is None:
            search = _SearchIndexing(self.site_dir)
        elif say is not None and search.running():
            say("finishing the search index (Pagefind)...")
        if say is not None and not search.beside:
            say("indexing the site for search (Pagefind)...")
        search.join()
        if say is not None:
            say(search.report())

    def _receive(self, progress: Callable[[int, int], None] | None) -> bool:
        """Take one report; False once the outcome is in (or MkDocs died)."""
        try:
            message = self._conn.recv()
        except EOFError:
            return False
        if message[0] == "progress":
            self._progress = (message[1], message[2])
            if progress is not None:
                progress(message[1], message[2])
            return True
        if message[0] == "indexable":
            self._search = _SearchIndexing(self.site_dir, beside=True, at=self._progress)
            return True
        self._outcome = message
        return False


class _SearchIndexing:
    """Pagefind over ``site_dir`` in a thread, started as soon as every briefing is built.

    MkDocs builds the briefing pages first and the hubs after them; Pagefind
    indexes only briefings, so it runs on the second core while MkDocs writes
    the hubs. Pagefind's one bundle of at most 1,000 briefings (~430 MB) then
    runs beside MkDocs; MkDocs releases each page's Markdown and HTML as soon
    as it is done with them (_LeanPages) to leave room for it.
    """

    def __init__(
        self, site_dir: Path, *, beside: bool = False, at: tuple[int, int] | None = None
    ) -> None:
        #: Started while MkDocs was still writing pages; ``at``: MkDocs' last report then
        #: (none yet on a small site: it reports every 25 pages).
        self.beside = beside
        self.at = at
        self._started = time.monotonic()
        self._error: SiteBuildError | None = None
        self._ended: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(site_dir,), name="briefings-pagefind", daemon=True
        )
        self._thread.start()

    def _run(self, site_dir: Path) -> None:
        try:
            run_pagefind(site_dir, stop=self._stop)
        except SiteBuildError as error:
            self._error = error
        finally:
            self._ended = time.monotonic()

    def running(self) -> bool:
        return self._thread.is_alive()

    def join(self) -> None:
        """Wait for Pagefind; raises its SiteBuildError."""
        self._thread.join()
        if self._error is not None:
            raise self._error

    def cancel(self) -> None:
        """Stop Pagefind (the site it indexes failed) and wait until it has; errors are moot."""
        self._stop.set()
        self._thread.join()

    def report(self) -> str:
        seconds = (self._ended or time.monotonic()) - self._started
        said = f"search index written in {seconds:.0f}s"
        if not self.beside:
            return said
        if self.at is None:
            return f"{said} (beside MkDocs)"
        done, total = self.at
        return f"{said} (from when MkDocs was at {done}/{total}, beside it)"


def build_site(
    root: Path,
    *,
    docs_dir: Path,
    site_dir: Path,
    strict: bool,
    progress: Callable[[int, int], None] | None = None,
    say: Callable[[str], None] | None = None,
) -> None:
    """Build ``site_dir`` from the rendered pages in ``docs_dir`` with ``root/mkdocs.yml``.

    Raises SiteBuildError as SiteBuild.finish does.
    """
    SiteBuild(root, docs_dir=docs_dir, site_dir=site_dir, strict=strict).finish(progress, say)


def _build_in_child(
    conn: multiprocessing.connection.Connection,
    root: str,
    docs_dir: str,
    site_dir: str,
    strict: bool,
    pages: multiprocessing.connection.Connection | None,
) -> None:
    """The MkDocs build, in its own process: reports progress and outcome over ``conn``."""
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    def report(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            conn.send(("progress", done, total))

    with _collected() as log:
        try:
            config = load_config(
                config_file=str(Path(root) / CONFIG_NAME),
                docs_dir=docs_dir,
                site_dir=site_dir,
                strict=strict,
            )
            if pages is not None:  # before the progress plugin: it counts the pages we list
                rendered = _PagesAsRendered(pages)
                # Only now does MkDocs empty the site folder: records with problems
                # stop the render before it lists the pages, and leave the site as it was.
                rendered.wait_for_list()
                config.plugins["briefings/pages"] = rendered
            config.plugins["briefings/progress"] = _PageProgress(report)
            config.plugins["briefings/lean"] = _LeanPages()
            config.plugins["briefings/indexable"] = _BriefingsBuilt(
                lambda: conn.send(("indexable",))
            )
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (exceptions.MkDocsException, exceptions.Abort) as error:
            conn.send(("failed", log.messages, str(error)))
        except Exception:  # reported by the parent, which has the user's terminal
            conn.send(("crashed", log.messages, traceback.format_exc()))
        else:
            conn.send(("built", log.messages, ""))
    conn.close()


# --- building while the render writes ---------------------------------------------------------


def walk_key(path: str) -> tuple[tuple[int, object], ...]:
    """Sorts docs paths in the order MkDocs lists them (``get_files``: a sorted os.walk).

    A folder's files come before its subfolders, ``index.md`` (or ``README.md``)
    first among them. A test holds this to ``get_files`` itself.
    """
    *folders, name = path.split("/")
    first = os.path.splitext(name)[0] not in ("index", "README")
    return (*((1, folder) for folder in folders), (0, (first, name)))


class PageFeed:
    """The render's end of a SiteBuild's ``pages``: which pages there are, which are written.

    If MkDocs stopped (its own error is reported by SiteBuild.finish), the
    render goes on without telling it.
    """

    def __init__(self, conn: multiprocessing.connection.Connection) -> None:
        self._conn: multiprocessing.connection.Connection | None = conn

    def plan(self, paths: list[str]) -> list[str]:
        """Tell MkDocs every output of the render; the order to make them in.

        MkDocs reads the pages in its own order (``walk_key``), and copies the
        other files (feeds, JSON) only after the last page: those come last.
        """
        listed = sorted(paths, key=walk_key)
        self._send(("files", listed))
        return sorted(listed, key=lambda path: not path.endswith(".md"))

    def ready(self, path: str) -> None:
        """``path`` is written (or was right already) in the docs folder."""
        self._send(("ready", path))

    def done(self) -> None:
        """Everything is written and stale files are removed."""
        self._send(("done",))
        if self._conn is not None:
            self._conn.close()

    def _send(self, message: tuple[object, ...]) -> None:
        if self._conn is None:
            return
        try:
            self._conn.send(message)
        except OSError:  # MkDocs ended: nobody reads
            self._conn.close()
            self._conn = None


class _PagesAsRendered(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """MkDocs' end of a PageFeed: builds from the pages a render is still writing.

    The docs folder may hold an earlier render's pages, so the files MkDocs found
    there are replaced by the render's list, and each page is read only once
    the render says it is written. Static files (feeds, JSON) are copied after
    every page is read: by then the render has ended.
    """

    def __init__(self, conn: multiprocessing.connection.Connection) -> None:
        self._conn = conn
        self._paths: list[str] | None = None
        self._ready: set[str] = set()
        self._done = False

    def _take(self, *, wait: bool) -> None:
        """Read what the render said: everything there is, and at least one message if ``wait``."""
        from mkdocs.exceptions import Abort

        while wait or self._conn.poll():
            wait = False
            try:
                message = self._conn.recv()
            except EOFError:
                raise Abort("the render stopped before it wrote every page") from None
            if message[0] == "files":
                self._paths = message[1]
            elif message[0] == "ready":
                self._ready.add(message[1])
            elif message[0] == "done":
                self._done = True
                self._conn.close()
                return

    def wait_for_list(self) -> list[str]:
        """The render's list of outputs; raises Abort if the render stopped first."""
        while self._paths is None:
            self._take(wait=True)
        return self._paths

    def on_files(self, files: Any, config: Any) -> Any:
        from mkdocs.structure.files import File, Files

        listed = Files(
            File(path, config.docs_dir, config.site_dir, config.use_directory_urls)
            for path in self.wait_for_list()
        )
        listed.add_files_from_theme(config.theme.get_env(), config)
        return listed

    def on_page_read_source(self, page: Any, config: Any) -> None:
        if not self._done:
            self._take(wait=False)
        while not self._done and page.file.src_uri not in self._ready:
            self._take(wait=True)

    def on_env(self, env: Any, config: Any, files: Any) -> Any:
        while not self._done:
            self._take(wait=True)
        return env


class _LeanPages(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Lets go of each page's Markdown once converted, and of its HTML once written.

    MkDocs keeps both for every page until the build ends (~250 MB at 10,000
    briefings) though neither is read again: the theme needs only the current
    page's HTML. Not for the preview, whose dirty rebuilds reuse pages.
    """

    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
        page.markdown = ""  # not None: Page.title reads None as "not read yet"
        return html

    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        page.content = None
        return output


class _BriefingsBuilt(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Calls ``tell`` once every page search indexes (search_index.INDEXED) is written.

    MkDocs writes pages in its files' order, the briefings folder before the
    hubs: the search index can start while MkDocs writes the rest. A page is
    written after its ``on_post_page``, so the call comes at the next page's.
    """

    def __init__(self, tell: Callable[[], None]) -> None:
        self.tell = tell
        self.left = 0
        self.told = True  # until on_env knows there is something to tell

    def on_env(self, env: Any, config: Any, files: Any) -> Any:
        self.left = sum(
            1 for file in files.documentation_pages() if PurePosixPath(file.dest_uri).match(INDEXED)
        )
        # With none, Pagefind indexes every page (see run_pagefind): after the build.
        self.told = self.left == 0
        return env

    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        if self.left == 0 and not self.told:
            self.told = True
            self.tell()
        if PurePosixPath(page.file.dest_uri).match(INDEXED):
            self.left -= 1
        return output

    def on_post_build(self, config: Any) -> None:
        if not self.told:
            self.told = True
            self.tell()


class _PageProgress(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Reports MkDocs' progress through the pages (MkDocs itself says nothing for minutes).

    MkDocs goes through the pages twice: converting the Markdown of each (most of
    the time), then putting each into the theme and writing it. Both count.
    """

    def __init__(self, progress: Callable[[int, int], None]) -> None:
        self.progress = progress
        self.total = 0
        self.done = 0

    def _step(self) -> None:
        self.done += 1
        self.progress(min(self.done, self.total), self.total)

    def on_files(self, files: Any, config: Any) -> Any:
        self.total = 2 * len(files.documentation_pages())
        return files

    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
        self._step()
        return html

    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        self._step()
        return output

    def on_post_build(self, config: Any) -> None:
        if self.done < self.total:  # pages left out of the build (drafts in production)
            self.progress(self.total, self.total)


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
                reindex_served(site_dir)
            except SiteBuildError as error:
                logging.getLogger("mkdocs.briefings").error("%s", error)


#: One indexer per process; MkDocs loads this file anew as a hook on every rebuild,
#: so the hook reaches it through the imported module.
INDEXER = _Indexer()


class _Rebuilds:
    """Starts the preview server's rebuild as soon as a render has written its pages.

    MkDocs would notice the new pages itself by polling every file of the docs folder
    twice a second: up to half a second late, and a steady load on 4,000 files. So the
    hook ``on_serve`` hands us the server and we stop it watching the docs folder.
    """

    def __init__(self) -> None:
        self._server: Any = None
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

    #: A page counts as open while its browser polled for reloads this recently
    #: (livereload polls again as soon as a poll ends, at the latest after 60 s).
    OPEN_FOR = 90.0

    def attach(self, server: Any) -> bool:
        """Take over rebuild requests of ``server``; False if it is not the MkDocs 1.6 one."""
        needed = ("_rebuild_cond", "_want_rebuild", "_log_poll_request")
        if not all(hasattr(server, name) for name in needed):
            return False
        self._server = server
        server.build_delay = 0.0  # our render settles bursts of saves already
        build = server.builder
        logged = server._log_poll_request

        def one_at_a_time() -> None:
            try:
                with self.writing:
                    self._redo_every_page_if_settings_changed()
                    build()
            finally:
                with self._ended:
                    self._built += 1
                    self._ended.notify_all()

        def poll(url: str | None, request_id: str) -> None:
            # Each open page's livereload script polls with the page as its referrer.
            if url:
                with self._ended:
                    self._open[urlsplit(url).path] = time.monotonic()
            logged(url, request_id=request_id)

        server.builder = one_at_a_time
        server._log_poll_request = poll
        return True

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
        logging.getLogger("mkdocs.briefings").info(
            "mkdocs.yml or the theme changed: rebuilding every page"
        )
        now = time.time()
        for page in self._docs.rglob("*.md"):
            os.utime(page, (now, now))

    def open_pages(self) -> set[str]:
        """Docs files of the pages browsers show now (``briefings/x.md`` for ``/briefings/x/``)."""
        now = time.monotonic()
        with self._ended:
            paths = [path for path, when in self._open.items() if now - when < self.OPEN_FOR]
        found = set()
        for path in paths:
            stem = unquote(path).strip("/")
            found |= {f"{stem}.md", f"{stem}/index.md"} if stem else {"index.md"}
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
        server = self._server
        if server is None:
            return  # before the first build, or MkDocs watches the folder itself
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()


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


#: Reached by the hooks through the imported module, as INDEXER.
REBUILDS = _Rebuilds()


class _TemplateCodeCache(jinja2.BytecodeCache):
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


TEMPLATE_CACHE = _TemplateCodeCache()


def on_config(config: Any) -> Any:
    """MkDocs hook (live preview): no sitemap, which lists every page and nobody previews."""
    config.theme.static_templates.discard("sitemap.xml")
    return config


def on_env(env: Any, config: Any, files: Any) -> Any:
    """MkDocs hook (live preview): reuse the theme's compiled templates."""
    from generator import mkdocs_glue

    env.bytecode_cache = mkdocs_glue.TEMPLATE_CACHE
    return env


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """MkDocs hook: rebuild when our render has written pages, not when polling finds them;
    rebuild every page when mkdocs.yml or the theme's overrides change."""
    from generator import mkdocs_glue

    rebuilds = mkdocs_glue.REBUILDS
    if rebuilds.attach(server):
        server.unwatch(config["docs_dir"])
        settings = [Path(config["config_file_path"])] if config.get("config_file_path") else []
        custom_dir = config["theme"].custom_dir if config.get("theme") else None
        if custom_dir:
            settings.append(Path(custom_dir))
            server.watch(custom_dir)  # MkDocs itself watches mkdocs.yml already
        rebuilds.follow_settings(settings, Path(config["docs_dir"]))
    return server


def on_shutdown() -> None:
    """MkDocs hook: let indexing finish before MkDocs removes the preview's temporary site."""
    from generator import mkdocs_glue

    mkdocs_glue.INDEXER.wait()


def on_post_build(config: Any) -> None:
    """MkDocs hook (live preview): index the rebuilt site in the background."""
    from generator import mkdocs_glue

    mkdocs_glue.INDEXER.request(Path(config["site_dir"]))


def serve(root: Path, *, production: bool, dev_addr: str) -> None:
    """Live preview on ``dev_addr``: editing a record or template re-renders and reloads;
    editing mkdocs.yml or the theme's overrides rebuilds every page.

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
        self.pages.use_folder(root / DEFAULT_DOCS)  # what the last build left there
        self.log = logging.getLogger("mkdocs.briefings")
        self._changed = threading.Event()
        self._stop = threading.Event()

    def render(self) -> None:
        """Render once; a broken record is reported, located, and left out."""
        from generator.render import render_site
        from generator.store import load_records

        started = time.monotonic()
        try:
            with collector_paused():
                records, problems = load_records(self.root, self.cache)
            # Reported before waiting for a rebuild of hundreds of pages to end.
            for problem in problems:
                self.log.error("%s", problem)
            with collector_paused(), REBUILDS.writing:
                result = render_site(
                    records,
                    self.root / DEFAULT_DOCS,
                    templates_dir=self.root / "templates",
                    production=self.production,
                    cache=self.pages,
                    first=REBUILDS.open_pages(),
                    between=REBUILDS.show_first,
                )
        except Exception as error:  # keep the preview alive while an editor is mid-edit
            self.log.error("render failed: %s", error)
            return
        if result.written or result.removed:
            REBUILDS.request()
            self.log.info(
                "rendered %d page(s), removed %d in %.2f seconds",
                len(result.written),
                len(result.removed),
                time.monotonic() - started,
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
