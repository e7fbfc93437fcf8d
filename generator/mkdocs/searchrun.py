"""Pagefind over a built site, in a thread beside MkDocs or after it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from generator.search_index import MOST_AT_ONCE, SiteBuildError, run_pagefind


class SearchIndexing:
    """Pagefind over ``site_dir`` in a thread, started as soon as every briefing is built.

    MkDocs builds the briefing pages first and the hubs after them; Pagefind
    indexes only briefings, so it starts while MkDocs writes the hubs. One
    Pagefind run of at most 1,000 briefings (~430 MB) at a time goes beside
    MkDocs; MkDocs releases each page's Markdown and HTML as soon as it is done
    with them (LeanPages) to leave room for it. Pagefind keeps to about one
    core: as MkDocs processes end (``free_cores``), a run goes on each core free.
    """

    def __init__(
        self,
        site_dir: Path,
        *,
        beside: bool = False,
        at: tuple[int, int] | None = None,
        cores: int = 1,
    ) -> None:
        #: Started while MkDocs was still writing pages; ``at``: MkDocs' last report then
        #: (none yet on a small site: it reports every 25 pages).
        self.beside = beside
        self.at = at
        self._started = time.monotonic()
        self._error: SiteBuildError | None = None
        self._ended: float | None = None
        self._stop = threading.Event()
        self._cores = cores
        self._thread = threading.Thread(
            target=self._run, args=(site_dir,), name="briefings-pagefind", daemon=True
        )
        self._thread.start()

    def _run(self, site_dir: Path) -> None:
        try:
            run_pagefind(site_dir, stop=self._stop, workers=self._workers)
        except SiteBuildError as error:
            self._error = error
        finally:
            self._ended = time.monotonic()

    def _workers(self) -> int:
        """Pagefind runs that may go at once: one a free core, at least one."""
        return max(1, min(self._cores, MOST_AT_ONCE))

    def free_cores(self, cores: int) -> None:
        """``cores`` are free of MkDocs now: as many Pagefind runs may go at once."""
        self._cores = cores

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
