"""The pipes from `briefings build`'s render to its MkDocs processes, and the render's end.

The render tells MkDocs which pages there are and each page once it is written
(PageFeed); MkDocs, in one or more spawned processes (generator.mkdocs.build),
reads each as soon as it is there. A clean build's MkDocs processes each build
their share of the pages (generator.mkdocs.share) and hear of every page.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import time

from generator.docswriter import Schedule
from generator.mkdocs import compat
from generator.mkdocs.messages import Done, Listed, Ready, RenderMessage

#: Written pages told MkDocs in one message at most, and the longest the first of them waits
#: for the others (seconds) once another page is written.
_BATCH = 256
_WAIT = 0.02


class PageEnds:
    """One end of every pipe from the render to the MkDocs processes (page_pipes)."""

    def __init__(self, conns: list[multiprocessing.connection.Connection]) -> None:
        self.conns = conns

    def close(self) -> None:
        for conn in self.conns:
            conn.close()


def page_pipes(*, clean: bool) -> tuple[PageEnds, PageEnds]:
    """The pipes from a render to SiteBuild's MkDocs processes: (MkDocs' ends, the render's).

    A clean build has one per share of its pages (share.clean_build_parts), a
    build by the piece one.
    """
    from generator.mkdocs.share import clean_build_parts

    context = multiprocessing.get_context("spawn")
    pipes = [context.Pipe(duplex=False) for _ in range(clean_build_parts() if clean else 1)]
    return PageEnds([read for read, _ in pipes]), PageEnds([write for _, write in pipes])


class PageFeed(Schedule):
    """The render's end of a SiteBuild's ``pages``: which pages there are, which are written.

    Every MkDocs process hears of every page (each reads the navigation's and
    builds its own share). If MkDocs stopped (its own error is reported by
    SiteBuild.finish), the render goes on without telling it.
    """

    def __init__(self, ends: PageEnds | multiprocessing.connection.Connection) -> None:
        self._conns = list(ends.conns) if isinstance(ends, PageEnds) else [ends]
        self._written: list[str] = []  # not yet told
        self._since = 0.0  # when the first of them was written
        self._last_page = ""  # told at once: MkDocs waits for no other output

    def order(self, paths: list[str]) -> list[str]:
        """Tell MkDocs every output of the render; the order to make them in.

        MkDocs reads the pages in its own order (``compat.walk_key``), and copies
        the other files (feeds, JSON) only after the last page: those come last.
        """
        listed = sorted(paths, key=compat.walk_key)
        self._send(Listed(listed))
        made = sorted(listed, key=lambda path: not path.endswith(".md"))
        self._last_page = next((path for path in reversed(made) if path.endswith(".md")), "")
        return made

    def written(self, path: str) -> None:
        """``path`` is written (or was right already) in the docs folder.

        Told in batches: a message a page cost the render ~0.2 s of a build by the piece
        that leaves 26,000 pages as they were. A page waits to be told until ``_BATCH``
        pages are, or the next page is written ``_WAIT`` seconds or more after it, or
        the last page is (the feeds and JSON after it take a while, and MkDocs reads
        them only once it has every page).
        """
        now = time.monotonic()
        if not self._written:
            self._since = now
        self._written.append(path)
        if len(self._written) >= _BATCH or now - self._since >= _WAIT or path == self._last_page:
            self._tell()

    def _tell(self) -> None:
        if self._written:
            self._send(Ready(tuple(self._written)))
            self._written = []

    def done(self) -> None:
        """Everything is written and stale files are removed."""
        self._tell()
        self._send(Done())
        for conn in self._conns:
            conn.close()
        self._conns = []

    def _send(self, message: RenderMessage) -> None:
        for conn in list(self._conns):
            try:
                conn.send(message)
            except OSError:  # that MkDocs process ended: nobody reads
                conn.close()
                self._conns.remove(conn)
