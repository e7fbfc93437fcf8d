"""`briefings build`'s MkDocs side: a child process that builds while the render writes.

Three processes take part: the one the command runs in waits (SiteBuild); the
render writes the pages and tells MkDocs about each (PageFeed, over a pipe);
MkDocs, in a spawned child, turns each page into HTML as soon as it is written
and reports back (messages.BuildMessage). Pagefind then indexes the briefings,
beside MkDocs as soon as they are all built (searchrun.SearchIndexing).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.docswriter import Schedule
from generator.incremental import Changes, DocsFiles
from generator.mkdocs import compat
from generator.mkdocs.messages import (
    BuildMessage,
    Done,
    Indexable,
    Listed,
    Outcome,
    Progress,
    Ready,
    RenderMessage,
)
from generator.mkdocs.searchrun import SearchIndexing
from generator.search_index import SiteBuildError

CONFIG_NAME = "mkdocs.yml"


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings and errors, to report them from the waiting process."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


@contextmanager
def _collected() -> Iterator[_Collect]:
    handler = _Collect()
    logger = logging.getLogger(compat.LOGGER)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


class SiteBuild:
    """A MkDocs build in a child process; with ``pages`` it starts before the pages exist.

    MkDocs runs in a fresh (spawned) child process, whose heap holds none of the
    records and pages of this one: its garbage collector and allocator then work
    on MkDocs' own objects only, which keeps it as fast as a plain MkDocs build.

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
        previous: DocsFiles | None = None,
        old_site: Path | None = None,
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
                previous,
                None if old_site is None else str(old_site.resolve()),
            ),
            name="briefings-mkdocs",
        )
        self._process.start()
        child.close()
        self.site_dir = site_dir
        self.strict = strict
        self._outcome: Outcome | None = None
        self._progress: Progress | None = None
        self._search: SearchIndexing | None = None
        #: By the piece: MkDocs builds only what changed into an empty ``site_dir``,
        #: and search indexing is left to the caller, once the site is whole.
        self.by_piece = previous is not None

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
    ) -> Outcome:
        """Wait for MkDocs and for Pagefind's index of the site (started beside MkDocs or after).

        Raises SiteBuildError with MkDocs' warnings and errors when the build
        fails (in strict mode any warning, a broken link say, fails it), or
        with Pagefind's. ``progress`` is told (pages built, pages) as MkDocs
        goes; ``say`` hears about search indexing and how long it took.
        """
        if progress is not None and self._progress is not None:
            progress(self._progress.done, self._progress.total)
        try:
            while self._outcome is None and self._receive(progress):
                pass
        finally:
            self._process.join()
            self._conn.close()
        search, self._search = self._search, None
        outcome = self._outcome or Outcome("crashed", [], "MkDocs stopped without a word")
        if outcome.state != "built" or (self.strict and outcome.messages):
            if search is not None:
                search.cancel()  # it reads the site MkDocs left: stop it before that goes
            if outcome.state == "crashed":
                raise SiteBuildError(
                    outcome.messages, f"{outcome.error} (exit code {self._process.exitcode})"
                )
            raise SiteBuildError(outcome.messages, outcome.error)  # warnings fail only if strict
        if self.by_piece:
            return outcome
        if search is None:
            search = SearchIndexing(self.site_dir)
        elif say is not None and search.running():
            say("finishing the search index (Pagefind)...")
        if say is not None and not search.beside:
            say("indexing the site for search (Pagefind)...")
        search.join()
        if say is not None:
            say(search.report())
        return outcome

    def _receive(self, progress: Callable[[int, int], None] | None) -> bool:
        """Take one report; False once the outcome is in (or MkDocs died)."""
        try:
            message: BuildMessage = self._conn.recv()
        except EOFError:
            return False
        if isinstance(message, Progress):
            self._progress = message
            if progress is not None:
                progress(message.done, message.total)
            return True
        if isinstance(message, Indexable):
            at = None if self._progress is None else (self._progress.done, self._progress.total)
            self._search = SearchIndexing(self.site_dir, beside=True, at=at)
            return True
        self._outcome = message
        return False


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
    previous: DocsFiles | None = None,
    old_site: str | None = None,
) -> None:
    """The MkDocs build, in its own process: reports progress and outcome over ``conn``.

    ``previous``: build by the piece, only what changed since the build these
    docs files were made into ``old_site`` (see generator.incremental).
    """
    from mkdocs import exceptions
    from mkdocs.config import load_config

    from generator.mkdocs.plugins import BriefingsBuilt, LeanPages, PageProgress, PagesAsRendered

    def report(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            conn.send(Progress(done, total))

    with _collected() as log:
        rendered: PagesAsRendered | None = None
        changes: Changes | None = None
        try:
            config = load_config(
                config_file=str(Path(root) / CONFIG_NAME),
                docs_dir=docs_dir,
                site_dir=site_dir,
                strict=strict,
            )
            if pages is not None:
                if previous is not None:
                    compat.hide_dirty_build_warning()
                    kept_in = None if old_site is None else Path(old_site)
                    changes = Changes(Path(docs_dir), previous, lambda path: None, kept_in)
                rendered = PagesAsRendered(pages, changes)
                if changes is not None:
                    changes.wait = rendered.wait_written
                # Only now does MkDocs empty the site folder: records with problems
                # stop the render before it lists the pages, and leave the site as it was.
                rendered.wait_for_list()
                config.plugins["briefings/pages"] = rendered
            config.plugins["briefings/progress"] = PageProgress(report)
            config.plugins["briefings/lean"] = LeanPages()
            if changes is None:  # by the piece, the site is whole only after MkDocs
                indexable = BriefingsBuilt(lambda: conn.send(Indexable()))
                config.plugins["briefings/indexable"] = indexable
            compat.run_build(config, dirty=changes is not None)
        except (exceptions.MkDocsException, exceptions.Abort) as error:
            conn.send(Outcome("failed", log.messages, str(error)))
        except Exception:  # reported by the parent, which has the user's terminal
            conn.send(Outcome("crashed", log.messages, traceback.format_exc()))
        else:
            dests = rendered.dests if rendered is not None else {}
            if changes is None:
                conn.send(Outcome("built", log.messages, dests=dests))
            else:
                digests = changes.digests
                conn.send(Outcome("built", log.messages, "", dests, changes.rebuilt, digests))
    conn.close()


class PageFeed(Schedule):
    """The render's end of a SiteBuild's ``pages``: which pages there are, which are written.

    If MkDocs stopped (its own error is reported by SiteBuild.finish), the
    render goes on without telling it.
    """

    def __init__(self, conn: multiprocessing.connection.Connection) -> None:
        self._conn: multiprocessing.connection.Connection | None = conn

    def order(self, paths: list[str]) -> list[str]:
        """Tell MkDocs every output of the render; the order to make them in.

        MkDocs reads the pages in its own order (``compat.walk_key``), and copies
        the other files (feeds, JSON) only after the last page: those come last.
        """
        listed = sorted(paths, key=compat.walk_key)
        self._send(Listed(listed))
        return sorted(listed, key=lambda path: not path.endswith(".md"))

    def written(self, path: str) -> None:
        """``path`` is written (or was right already) in the docs folder."""
        self._send(Ready(path))

    def done(self) -> None:
        """Everything is written and stale files are removed."""
        self._send(Done())
        if self._conn is not None:
            self._conn.close()

    def _send(self, message: RenderMessage) -> None:
        if self._conn is None:
            return
        try:
            self._conn.send(message)
        except OSError:  # MkDocs ended: nobody reads
            self._conn.close()
            self._conn = None
