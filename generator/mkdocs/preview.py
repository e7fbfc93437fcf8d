"""The live preview: `briefings serve` renders on every edit and MkDocs rebuilds what changed."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator import layout
from generator.docswriter import Schedule
from generator.gcpause import collector_paused
from generator.mkdocs import compat, live
from generator.mkdocs.build import CONFIG_NAME
from generator.pagecache import PageCache
from generator.sitemodel.masthead import ABOUT_NAME
from generator.store import RecordCache

DEFAULT_DOCS = Path(layout.DOCS_FOLDER)
HOOKS = Path(__file__).resolve().with_name("hooks.py")


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
    compat.hide_dirty_build_warning()
    preview = Preview(root, production)
    preview.render()  # MkDocs checks docs_dir exists before the first build
    with preview.watching():
        mkdocs_serve(
            config_file=str(root / CONFIG_NAME),
            # Our hooks: Pagefind after each build, rebuilds when the render wrote pages.
            hooks=[str(HOOKS)],
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
    logger = logging.getLogger(compat.LOGGER)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


class _OpenPagesFirst(Schedule):
    """Writes the pages open in a browser first, and has them rebuilt before the rest."""

    def __init__(self) -> None:
        self._open = live.REBUILDS.open_pages()

    def first(self) -> set[str]:
        return self._open

    def first_written(self) -> None:
        live.REBUILDS.show_first()


class Preview:
    """Renders the docs folder of a preview again whenever records or templates change."""

    def __init__(self, root: Path, production: bool, quiet_period: float = 0.1) -> None:
        self.root = root
        self.production = production
        self.quiet_period = quiet_period
        self.cache: RecordCache = {}
        self.pages = PageCache()
        self.pages.use_folder(root / DEFAULT_DOCS)  # what the last build left there
        self.log = live.LOG
        self._changed = threading.Event()
        self._stop = threading.Event()

    def render(self) -> None:
        """Render once; a broken record is reported, located, and left out."""
        from generator.check import check_project
        from generator.entities_file import read_entities
        from generator.project import Project
        from generator.render import render_site

        started = time.monotonic()
        try:
            with collector_paused():
                project = Project(self.root)
                records, problems = check_project(project, cache=self.cache)
                editors = read_entities(project.briefings)[0]  # its problems are in problems
            # Reported before waiting for a rebuild of hundreds of pages to end.
            for problem in problems:
                self.log.error("%s", problem)
            shown = live.PROBLEMS.update([str(p) for p in problems])
            with collector_paused(), live.REBUILDS.writing:
                result = render_site(
                    records,
                    self.root / DEFAULT_DOCS,
                    templates_dir=self.root / "templates",
                    production=self.production,
                    cache=self.pages,
                    schedule=_OpenPagesFirst(),
                    editors=editors,
                )
        except Exception as error:  # keep the preview alive while an editor is mid-edit
            self.log.error("render failed: %s", error)
            if live.PROBLEMS.update([f"render failed: {error}"]):
                live.REBUILDS.request()  # a rebuild reloads the open pages, banner and all
            return
        if result.written or result.removed or shown:
            live.REBUILDS.request()  # a rebuild reloads the open pages, banner and all
        if result.written or result.removed:
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
        """Watch briefings/, templates/, mkdocs.yml and about.md while the block runs."""
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer

        changed = self._changed

        class _Handler(FileSystemEventHandler):
            def __init__(self, names: frozenset[str] = frozenset()) -> None:
                self.names = names  # only these files of the folder, when given

            def on_any_event(self, event: FileSystemEvent) -> None:
                if event.event_type in ("opened", "closed_no_write"):
                    return
                paths = (event.src_path, getattr(event, "dest_path", "") or "")
                if not self.names or any(Path(str(p)).name in self.names for p in paths):
                    changed.set()

        observer = Observer()
        for folder in (layout.RECORDS_FOLDER, layout.TEMPLATES_FOLDER):
            observer.schedule(_Handler(), str(self.root / folder), recursive=True)
        # The masthead (about page, feed titles) is read from these two.
        observer.schedule(_Handler(frozenset({CONFIG_NAME, ABOUT_NAME})), str(self.root))
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
