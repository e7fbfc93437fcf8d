"""`briefings build`'s MkDocs side: child processes that build while the render writes.

The process the command runs in waits (SiteBuild); the render writes the pages
and tells MkDocs about each (generator.mkdocs.feed.PageFeed, over pipes);
MkDocs, in spawned children, turns each page into HTML as soon as it is written
and reports back (messages.BuildMessage). A clean build splits the pages
between as many MkDocs children as there are cores (generator.mkdocs.share).
Pagefind then indexes the briefings, beside MkDocs as soon as they are all built
(searchrun.SearchIndexing).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import shutil
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.process import BaseProcess
from pathlib import Path

from generator.incremental import Changes, DocsFiles
from generator.mkdocs import compat
from generator.mkdocs.feed import PageEnds, PageFeed, page_pipes
from generator.mkdocs.messages import BuildMessage, Indexable, Outcome, Progress
from generator.mkdocs.searchrun import SearchIndexing
from generator.mkdocs.share import usable_cores
from generator.search_index import SiteBuildError

__all__ = ["CONFIG_NAME", "PageFeed", "SiteBuild", "build_site", "page_pipes"]

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


class _Child:
    """One MkDocs process of a build and what it last said."""

    def __init__(self, process: BaseProcess, conn: multiprocessing.connection.Connection) -> None:
        self.process = process
        self.conn = conn
        self.progress: Progress | None = None
        self.indexable = False
        self.outcome: Outcome | None = None
        self.ended = False  # its outcome is in, or it died


class SiteBuild:
    """A MkDocs build in child processes; with ``pages`` it starts before the pages exist.

    MkDocs runs in fresh (spawned) child processes, whose heaps hold none of the
    records and pages of this one: their garbage collector and allocator then
    work on MkDocs' own objects only, which keeps each as fast as a plain MkDocs build.

    ``pages``: the reading ends of a PageFeed's pipes (page_pipes). MkDocs then
    builds from the pages a render (another process) is writing: it starts at
    once, and reads each page as soon as the render says it is there. A clean
    build has one pipe per MkDocs process, each building its share of the pages
    (generator.mkdocs.share), so that MkDocs uses every core the render leaves.
    """

    def __init__(
        self,
        root: Path,
        *,
        docs_dir: Path,
        site_dir: Path,
        strict: bool,
        pages: PageEnds | multiprocessing.connection.Connection | None = None,
        previous: DocsFiles | None = None,
        old_site: Path | None = None,
    ) -> None:
        ends = pages.conns if isinstance(pages, PageEnds) else [pages]
        if len(ends) > 1:
            if previous is not None:
                raise ValueError("a build by the piece runs one MkDocs process")
            # The shares write into one folder, which none of them may empty: done here.
            shutil.rmtree(site_dir, ignore_errors=True)
        context = multiprocessing.get_context("spawn")
        self._children: list[_Child] = []
        for part, end in enumerate(ends):
            conn, child = context.Pipe(duplex=False)
            process = context.Process(
                target=_build_in_child,
                args=(
                    child,
                    str(root),
                    str(docs_dir.resolve()),
                    str(site_dir.resolve()),
                    strict,
                    end,
                    previous,
                    None if old_site is None else str(old_site.resolve()),
                    (part, len(ends)) if len(ends) > 1 else None,
                ),
                name=f"briefings-mkdocs-{part}",
            )
            process.start()
            child.close()
            self._children.append(_Child(process, conn))
        self.site_dir = site_dir
        self.strict = strict
        self._cores = usable_cores()
        self._search: SearchIndexing | None = None
        #: By the piece: MkDocs builds only what changed into an empty ``site_dir``,
        #: and search indexing is left to the caller, once the site is whole.
        self.by_piece = previous is not None

    def wait_beside(self, other: multiprocessing.connection.Connection) -> None:
        """Take the build's reports (it must not block on them) until ``other`` is ready.

        ``other``: the connection the process writing the pages reports its end on.
        """
        while True:
            running = {child.conn: child for child in self._children if not child.ended}
            if not running:
                multiprocessing.connection.wait([other])
                return
            ready = multiprocessing.connection.wait([*running, other])
            if other in ready:
                return
            for conn in ready:
                self._receive(running[conn], None)  # type: ignore[index]

    def stop(self) -> None:
        """End the build unfinished: its pages will not come (the render failed)."""
        for child in self._children:
            child.process.terminate()
        for child in self._children:
            child.process.join()
            child.conn.close()
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
        at = self._at()
        if progress is not None and at is not None:
            progress(*at)
        try:
            while True:
                running = {child.conn: child for child in self._children if not child.ended}
                if not running:
                    break
                for conn in multiprocessing.connection.wait(list(running)):
                    self._receive(running[conn], progress)  # type: ignore[index]
        finally:
            for child in self._children:
                child.process.join()
                child.conn.close()
        search, self._search = self._search, None
        outcome = self._outcome()
        if outcome.state != "built" or (self.strict and outcome.messages):
            if search is not None:
                search.cancel()  # it reads the site MkDocs left: stop it before that goes
            raise SiteBuildError(outcome.messages, outcome.error)  # warnings fail only if strict
        if self.by_piece:
            return outcome
        if search is None:
            search = SearchIndexing(self.site_dir, cores=self._cores)
        if search.beside and say is not None and search.running():
            say("finishing the search index (Pagefind)...")
        if say is not None and not search.beside:
            say("indexing the site for search (Pagefind)...")
        search.join()
        if say is not None:
            say(search.report())
        return outcome

    def _outcome(self) -> Outcome:
        """The build's outcome: the first child's that did not build, else all built.

        Warnings the children share (of the configuration, of the navigation's
        pages, which each reads) are said once.
        """
        outcomes: list[Outcome] = []
        for child in self._children:
            outcome = child.outcome
            if outcome is None:
                error = f"MkDocs stopped without a word (exit code {child.process.exitcode})"
                outcome = Outcome("crashed", [], error)
            elif outcome.state == "crashed":
                error = f"{outcome.error} (exit code {child.process.exitcode})"
                outcome = Outcome("crashed", outcome.messages, error)
            outcomes.append(outcome)
        messages = list(dict.fromkeys(m for outcome in outcomes for m in outcome.messages))
        for outcome in outcomes:
            if outcome.state != "built":
                return Outcome(outcome.state, messages, outcome.error)
        if len(outcomes) == 1:
            return outcomes[0]
        dests = {path: dest for outcome in outcomes for path, dest in outcome.dests.items()}
        return Outcome("built", messages, dests=dests)

    def _at(self) -> tuple[int, int] | None:
        """Steps done and steps, summed over the children (None until each has reported)."""
        reports = [child.progress for child in self._children]
        if None in reports:
            return None
        return sum(p.done for p in reports if p), sum(p.total for p in reports if p)

    def _receive(self, child: _Child, progress: Callable[[int, int], None] | None) -> None:
        """Take one report of ``child``; it has ended once its outcome is in (or it died)."""
        try:
            message: BuildMessage = child.conn.recv()
        except EOFError:
            child.ended = True
            return
        if isinstance(message, Progress):
            child.progress = message
            at = self._at()
            if progress is not None and at is not None:
                progress(*at)
        elif isinstance(message, Indexable):
            child.indexable = True
        else:
            child.outcome = message
            child.ended = True
        self._search_on_free_cores()

    def _search_on_free_cores(self) -> None:
        """Pagefind on the cores MkDocs leaves free, once every briefing is built.

        Each MkDocs process keeps a core busy until it ends: Pagefind beside them
        would only take turns with them, and hold its ~430 MB beside theirs.
        """
        if any(c.outcome is not None and c.outcome.state != "built" for c in self._children):
            return  # the build failed: no index is needed
        running = sum(1 for c in self._children if not c.ended)
        free = self._cores - running
        if self._search is not None:
            self._search.free_cores(free)
        elif free > 0 and running and all(c.indexable for c in self._children):
            self._search = SearchIndexing(self.site_dir, beside=True, at=self._at(), cores=free)


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
    part: tuple[int, int] | None = None,
) -> None:
    """The MkDocs build, in its own process: reports progress and outcome over ``conn``.

    ``previous``: build by the piece, only what changed since the build these
    docs files were made into ``old_site`` (see generator.incremental).
    ``part``: (k, n), build share k of n of a clean build's pages (generator.mkdocs.share).
    """
    from mkdocs import exceptions
    from mkdocs.config import load_config

    from generator.mkdocs.plugins import (
        BriefingsBuilt,
        Decisions,
        LeanPages,
        PageProgress,
        PagesAsRendered,
        every_page,
    )
    from generator.mkdocs.share import Share, SharedPages

    def report(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            conn.send(Progress(done, total))

    with _collected() as log:
        rendered: PagesAsRendered | None = None
        changes: Changes | None = None
        share = None if part is None or pages is None else Share(*part)
        decisions: Decisions | None = share
        dirty = share is not None
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
                    decisions, dirty = changes, True
                rendered = PagesAsRendered(pages, decisions)
                if changes is not None:
                    changes.wait = rendered.wait_written
                # Only now does MkDocs empty the site folder: records with problems
                # stop the render before it lists the pages, and leave the site as it was.
                rendered.wait_for_list()
                config.plugins["briefings/pages"] = rendered
            mine = share.mine if share is not None else every_page
            if share is not None:
                # Each share writes into the same empty folder: none may empty it.
                compat.hide_dirty_build_warning()
                config.plugins["briefings/share"] = SharedPages(share)
            config.plugins["briefings/progress"] = PageProgress(report, mine)
            config.plugins["briefings/lean"] = LeanPages()
            if changes is None:  # by the piece, the site is whole only after MkDocs
                indexable = BriefingsBuilt(lambda: conn.send(Indexable()), mine)
                config.plugins["briefings/indexable"] = indexable
            compat.run_build(config, dirty=dirty)
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
