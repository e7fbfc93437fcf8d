"""The plugins `briefings build` adds to MkDocs, ordered by event priority.

MkDocs runs a plugin event in order of priority (higher first), then of
registration; the priorities below state the order each plugin needs, so the
order the build registers them in does not matter. Each class line ignores
``no-untyped-call``: MkDocs' ``BasePlugin.__init_subclass__`` has no type hints.
"""

from __future__ import annotations

import multiprocessing.connection
import zlib
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath
from typing import Protocol

from jinja2 import Environment
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator.layout import INDEXED
from generator.mkdocs import compat
from generator.mkdocs.messages import Done, Listed, Ready


class NoOptions(Config):  # type: ignore[no-untyped-call]
    """Our plugins take no options from mkdocs.yml: the build sets them up in code."""


#: The render's list of pages replaces the files MkDocs found before anyone counts them.
FIRST = 100
#: After every other plugin.
LAST = -100


def every_page(path: str) -> bool:
    """The pages a MkDocs process writes when the build is not split in shares: all."""
    return True


class Decisions(Protocol):
    """Which docs files a dirty build reads and writes: a build by the piece's
    (generator.incremental.Changes) or a clean build's share (generator.mkdocs.share)."""

    #: Docs files read whatever the decision (the pages the navigation names)
    always: set[str]

    def listed(self, paths: Iterable[str]) -> None: ...

    def modified(self, path: str) -> bool: ...

    def kept(self, source: str, dest: str) -> bool: ...


class PagesAsRendered(BasePlugin[NoOptions]):  # type: ignore[no-untyped-call]
    """MkDocs' end of a PageFeed: builds from the pages a render is still writing.

    The docs folder may hold an earlier render's pages, so the files MkDocs found
    there are replaced by the render's list, and each page is read only once
    the render says it is written. Static files (feeds, JSON) are copied after
    every page is read: by then the render has ended.
    """

    def __init__(
        self, conn: multiprocessing.connection.Connection, changes: Decisions | None = None
    ) -> None:
        self._conn = conn
        self._paths: list[str] | None = None
        self._ready: set[str] = set()
        self._done = False
        #: A dirty build's decisions of what to build (None: build everything).
        self.changes = changes
        #: docs path -> site path of every listed file, once MkDocs has listed them
        self.dests: dict[str, str] = {}

    def _take(self, *, wait: bool) -> None:
        """Read what the render said: everything there is, and at least one message if ``wait``."""
        while wait or self._conn.poll():
            wait = False
            try:
                message = self._conn.recv()
            except EOFError:
                raise Abort("the render stopped before it wrote every page") from None
            if isinstance(message, Listed):
                self._paths = message.paths
            elif isinstance(message, Ready):
                self._ready.update(message.paths)
            elif isinstance(message, Done):
                self._done = True
                self._conn.close()
                return

    def wait_for_list(self) -> list[str]:
        """The render's list of outputs; raises Abort if the render stopped first."""
        while self._paths is None:
            self._take(wait=True)
        return self._paths

    def wait_written(self, path: str) -> None:
        """Return once the render has written docs file ``path`` (or has ended)."""
        if not self._done:
            self._take(wait=False)
        while not self._done and path not in self._ready:
            self._take(wait=True)

    @event_priority(FIRST)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        listed = self.wait_for_list()
        if self.changes is None:
            files = compat.listed_files(listed, files, config)
        else:
            self.changes.listed(listed)
            changes = self.changes
            files = compat.listed_files(listed, files, config, changes.modified, changes.kept)
        self.dests = {f.src_uri: f.dest_uri for f in files if f.src_dir == config.docs_dir}
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        # Every page shows the navigation's titles, which the pages named in it may give
        # themselves (a title they set, or their first heading): those are always read.
        if self.changes is not None:
            self.changes.always.update(page.file.src_uri for page in nav.pages)
        return nav

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        self.wait_written(page.file.src_uri)
        return None  # MkDocs reads the file itself

    @event_priority(FIRST)
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        while not self._done:
            self._take(wait=True)
        return env


class LeanPages(BasePlugin[NoOptions]):  # type: ignore[no-untyped-call]
    """Lets go of each page's Markdown once converted, and keeps its HTML packed till written.

    MkDocs converts every page before it writes any, and keeps both for every
    page until the build ends (~250 MB at 10,000 briefings) though neither is
    read again: the theme needs only the current page's HTML. So the Markdown
    goes once converted, the HTML waits zlib-compressed (a fifth of its size)
    and is unpacked just before the theme renders the page, then goes too. Not
    for the preview, whose dirty rebuilds reuse pages.
    """

    def __init__(self) -> None:
        self._packed: dict[str, bytes] = {}

    @event_priority(LAST)  # after every other plugin has seen the HTML
    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        compat.release_markdown(page)
        if not compat.KNOWN:
            return html
        self._packed[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        return ""

    @event_priority(FIRST)  # before any other plugin looks at the page
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        packed = self._packed.pop(page.file.src_uri, None)
        if packed is not None:
            page.content = zlib.decompress(packed).decode("utf-8")
        return context

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        compat.release_html(page)
        return output


class BriefingsBuilt(BasePlugin[NoOptions]):  # type: ignore[no-untyped-call]
    """Calls ``tell`` once every page search indexes (layout.INDEXED) is written.

    MkDocs writes pages in its files' order, the briefings folder before the
    hubs: the search index can start while MkDocs writes the rest. A page is
    written after its ``on_post_page``, so the call comes at the next page's.
    ``mine(path)``: whether this process writes docs file ``path`` (a share of a
    clean build, see generator.mkdocs.share); by default every page.
    """

    def __init__(self, tell: Callable[[], None], mine: Callable[[str], bool] = every_page) -> None:
        self.tell = tell
        self.mine = mine
        self.left = 0
        self.told = True  # until on_env knows there is something to tell

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        self.left = sum(
            1
            for file in files.documentation_pages()
            if self.mine(file.src_uri) and PurePosixPath(file.dest_uri).match(INDEXED)
        )
        # With none, Pagefind indexes every page (see run_pagefind): after the build.
        self.told = self.left == 0
        return env

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if self.left == 0 and not self.told:
            self.told = True
            self.tell()
        if PurePosixPath(page.file.dest_uri).match(INDEXED):
            self.left -= 1
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.told:
            self.told = True
            self.tell()


class PageProgress(BasePlugin[NoOptions]):  # type: ignore[no-untyped-call]
    """Reports MkDocs' progress through the pages (MkDocs itself says nothing for minutes).

    MkDocs goes through the pages twice: converting the Markdown of each (most of
    the time), then putting each into the theme and writing it. Both count. Its
    on_files runs after PagesAsRendered's (FIRST): it counts the render's pages,
    those of its share (``mine``, as BriefingsBuilt's) in a clean build's share.
    """

    def __init__(
        self, progress: Callable[[int, int], None], mine: Callable[[str], bool] = every_page
    ) -> None:
        self.progress = progress
        self.mine = mine
        self.total = 0
        self.done = 0

    def _step(self, page: Page) -> None:
        if not self.mine(page.file.src_uri):
            return  # a page of another share, read here for its title only
        self.done += 1
        self.progress(min(self.done, self.total), self.total)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self.total = 2 * sum(1 for file in files.documentation_pages() if self.mine(file.src_uri))
        return files

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        self._step(page)
        return html

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        self._step(page)
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.done < self.total:  # pages left out of the build (drafts in production)
            self.progress(self.total, self.total)
