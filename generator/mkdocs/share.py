"""A clean build's pages split between MkDocs children, one share each, to use every core.

MkDocs builds a site on one core. A page's HTML depends only on its own
Markdown, the list of files (links resolve against it), the navigation and the
titles of the pages the navigation names (every page shows them); so two
MkDocs processes with the same configuration and list of files can each build
a disjoint share of the pages into the same site folder, as a build by the
piece does (generator.incremental): the pages not in a share are neither read
nor written by that process, the navigation's pages are read by every process
and written by their owner alone, and the theme's files and static templates
(sitemap, 404, search page) are written by the first share only. Together the
shares write every file once, and each the bytes one process would write.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from generator.mkdocs import compat
from generator.mkdocs.plugins import NoOptions

#: BRIEFINGS_MKDOCS_PARTS overrides the number of MkDocs processes of a clean build.
PARTS_ENV = "BRIEFINGS_MKDOCS_PARTS"
#: At most this many by default: each process holds the list of files and the
#: navigation of the whole site, and the theme in memory.
MOST_PARTS = 2


def usable_cores() -> int:
    """The cores this process may run on (all of the machine's where that is not known)."""
    affinity = getattr(os, "sched_getaffinity", None)  # Linux only, not macOS
    if affinity is not None:
        return len(affinity(0))
    return os.cpu_count() or 1


class ShareError(ValueError):
    """BRIEFINGS_MKDOCS_PARTS is not a whole number above 0."""


def clean_build_parts(environ: dict[str, str] | None = None) -> int:
    """How many MkDocs processes a clean build splits its pages between.

    The cores this process may run on, at most MOST_PARTS; one on an engine
    whose internals compat does not know (its dirty build cannot be trusted to
    skip just the pages we say). BRIEFINGS_MKDOCS_PARTS overrides it.
    """
    value = (os.environ if environ is None else environ).get(PARTS_ENV, "").strip()
    if value:
        try:
            parts = int(value)
        except ValueError:
            parts = 0
        if parts < 1:
            raise ShareError(f"{PARTS_ENV}={value!r}: expected a whole number above 0")
    else:
        parts = min(usable_cores(), MOST_PARTS)
    return parts if compat.builds_by_piece() else 1


class Share:
    """Which docs files MkDocs process ``part`` of ``parts`` reads and writes.

    Docs file i of the render's list (in MkDocs' order) belongs to share i mod
    ``parts``: the render writes them in that order, so every process follows it
    from the start, and each gets its part of briefings and of hubs. The same
    interface as generator.incremental.Changes (PagesAsRendered asks either).
    """

    def __init__(self, part: int, parts: int) -> None:
        if not 0 <= part < parts:
            raise ValueError(f"part {part} of {parts}")
        self.part = part
        self.parts = parts
        #: The pages the navigation names: read by every share, for their titles.
        self.always: set[str] = set()
        #: Until MkDocs has read every page; then it writes them.
        self.reading = True
        self._mine: set[str] = set()

    def listed(self, paths: Iterable[str]) -> None:
        """The render's list of docs files, in MkDocs' order (before any ``modified``)."""
        self._mine = {path for index, path in enumerate(paths) if index % self.parts == self.part}

    def mine(self, path: str) -> bool:
        """Whether this share writes docs file ``path``."""
        return path in self._mine

    def modified(self, path: str) -> bool:
        """Whether MkDocs reads (while ``reading``) or writes ``path`` in this process."""
        return path in self._mine or (self.reading and path in self.always)

    def kept(self, source: str, dest: str) -> bool:
        """Whether this process leaves out the theme's file ``source``: all but the first do."""
        return self.part != 0


class SharedPages(BasePlugin[NoOptions]):  # type: ignore[no-untyped-call]
    """Ends a share's reading once MkDocs has read every page; only the first share
    writes the theme's static templates (the others would write the same bytes)."""

    def __init__(self, share: Share) -> None:
        self.share = share

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        self.share.reading = False
        if self.share.part != 0:
            compat.leave_out_theme_templates(config)
        return env
