"""`briefings build`: the render, MkDocs and Pagefind, each doing only what changed.

Three processes: this one waits; a forked one checks the records and renders
the pages (its memory goes when it ends); MkDocs, in a spawned one, turns each
page into HTML as soon as it is written (generator.mkdocs.build). MkDocs builds
into a fresh folder that replaces site/ only once the site and its search index
are whole: a failed build leaves the earlier site as it was.

With the state of the last build usable (generator.incremental), MkDocs builds
only the docs files that changed, the other files of the site are linked from
the old one, and Pagefind indexes only the batches that changed
(generator.incremental_search); else it is a clean build, with Pagefind beside
MkDocs. Either way the new site is the same bytes, and the build ends with the
time each phase took.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.atomic import replace_folder
from generator.build_sources import (
    sources,
    sources_after,
    sources_key,
    sources_read,
    trust_sources_read,
)
from generator.forked import Forked
from generator.incremental import (
    SEARCH_FOLDER,
    DocsFiles,
    SiteState,
    build_inputs,
    digest_docs,
    forget_state,
    save_state,
    site_files,
    usable_state,
)
from generator.kept_site import KeptSite
from generator.progress import Progress
from generator.project import Project

if TYPE_CHECKING:  # imported when building: importing the engine layer picks the engine
    from generator.incremental_search import SearchState
    from generator.mkdocs.build import PageFeed, SiteBuild

#: The render of a build: (project, production, where to tell MkDocs) -> exit code.
RenderForBuild = Callable[[Project, bool, "PageFeed"], int]


class _Phases:
    """Wall time of each phase of the build, said at its end."""

    def __init__(self) -> None:
        self.started = self.last = time.monotonic()
        self.spent: list[tuple[str, float]] = []

    def done(self, phase: str) -> None:
        now = time.monotonic()
        self.spent.append((phase, now - self.last))
        self.last = now

    def report(self) -> str:
        parts = ", ".join(f"{phase} {seconds:.1f}s" for phase, seconds in self.spent)
        return f"phases: {parts}; {time.monotonic() - self.started:.1f}s in all"


def _docs_digests(docs: Path) -> dict[str, str]:
    """The digest of every file of the docs folder but its hidden manifest."""
    paths = []
    for folder, _, names in os.walk(docs):
        for name in names:
            if not name.startswith("."):
                paths.append(os.path.relpath(os.path.join(folder, name), docs).replace(os.sep, "/"))
    return digest_docs(docs, paths)


def _swap(site: Path, staging: Path) -> None:
    """Put ``staging`` in the place of ``site`` (atomic.replace_folder), and remove the old
    site in a process of its own: removing some 20,000 files takes seconds nobody waits for.

    The old site waits for removal under a hidden name of its own beside ``staging``;
    the remover takes any such folder an interrupted build left, too.
    """
    old = staging.with_name(f".{site.name}.old-{os.getpid()}")
    if site.is_symlink() or os.path.ismount(site) or not site.exists():
        replace_folder(site, staging)
        return
    try:
        os.replace(site, old)
    except OSError:
        replace_folder(site, staging)
        return
    os.replace(staging, site)
    code = (
        "import shutil, sys, pathlib; old = pathlib.Path(sys.argv[1]);"
        "[shutil.rmtree(p, ignore_errors=True) for p in old.parent.glob(sys.argv[2])]"
    )
    remover = subprocess.Popen(
        [sys.executable, "-c", code, str(old), f".{site.name}.old-*"],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _REMOVERS.append(remover)  # it outlives the build; held so that it is not reported lost


_REMOVERS: list[subprocess.Popen[bytes]] = []


def build(
    project: Project,
    *,
    strict: bool,
    production: bool,
    render: RenderForBuild,
    say: Callable[[str], None],
) -> int:
    """Check and render the pages while MkDocs builds the site from them, then index it."""
    from generator.mkdocs import ENGINE, compat
    from generator.mkdocs.build import PageFeed, SiteBuild, page_pipes

    phases = _Phases()
    build_dir = project.docs.parent
    inputs = build_inputs(project.root, strict=strict, engine=ENGINE)
    previous, why = usable_state(build_dir, project.site, inputs)
    if previous is not None and not compat.builds_by_piece():
        previous, why = None, "the engine's dirty build is not known to this version"
    if previous is not None:
        trust_sources_read(project.root, previous.read)
    read = sources(project.root, production=production)
    if previous is not None and previous.sources == sources_key(read):
        say(f"nothing changed since the last build: {project.rel(project.site)} is up to date")
        return 0
    say(f"clean build: {why}" if previous is None else "building what changed since the last build")
    project.docs.mkdir(parents=True, exist_ok=True)  # MkDocs checks it exists before it waits
    staging = build_dir / f"{project.site.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    pages, feed = page_pipes(clean=previous is None)
    site_build = SiteBuild(
        project.root,
        docs_dir=project.docs,
        site_dir=staging,
        strict=strict,
        pages=pages,
        previous=None if previous is None else previous.docs,
        old_site=project.site,
    )
    pages.close()  # MkDocs holds it now: the render's end of the pipe alone stays open
    try:
        rendering = Forked(render, project, production, PageFeed(feed), name="render")
    except BaseException:
        site_build.stop()
        raise
    feed.close()
    # Started after the fork: the render's process must not inherit a running thread.
    kept = None if previous is None else KeptSite(project.site, build_dir / _KEPT, previous)
    if kept is None:  # what an interrupted build by the piece may have left
        shutil.rmtree(build_dir / _KEPT, ignore_errors=True)
    try:
        built = _built(project, previous, site_build, rendering, kept, staging, phases, say)
    except BaseException:
        if kept is not None:
            kept.discard()
        raise
    if isinstance(built, int):
        if kept is not None:
            kept.discard()
        return built
    docs, site, search, folder = built
    made_from = sources_after(read, project.root, production=production)
    state = SiteState(inputs, docs, site, search.to_json(), made_from, sources_read(project.root))
    forget_state(build_dir)  # the site changes now: until the new state is written, none holds
    _swap(project.site, folder)
    save_state(build_dir, state)
    phases.done("swap")
    say(f"site built in {project.rel(project.site)}")
    say(phases.report())
    return 0


#: Beside the staging folder: the last site's files, linked while the render runs (KeptSite).
_KEPT = ".site.kept"


def _built(
    project: Project,
    previous: SiteState | None,
    site_build: SiteBuild,
    rendering: Forked,
    kept: KeptSite | None,
    staging: Path,
    phases: _Phases,
    say: Callable[[str], None],
) -> tuple[DocsFiles, dict[str, int], SearchState, Path] | int:
    """Wait for the render and MkDocs, then index the site: its docs files, files with
    their sizes, search state and folder; the render's exit code when it failed."""
    from generator.incremental_search import SearchState, index_changed, state_of

    try:
        site_build.wait_beside(rendering.ended)
        code = rendering.result()
    except BaseException:
        rendering.stop()
        site_build.stop()
        raise
    if code:
        site_build.stop()
        return code
    phases.done("render")
    # While MkDocs converts pages, this process is idle: it digests the docs folder.
    digests = _docs_digests(project.docs) if previous is None else {}
    outcome = site_build.finish(progress=Progress("building the site (MkDocs)"), say=say)
    docs: DocsFiles = {
        path: (outcome.digests.get(path) or digests.get(path) or "", dest)
        for path, dest in outcome.dests.items()
    }
    if previous is None or kept is None:
        phases.done("MkDocs and search")
        return docs, site_files(staging), state_of(staging), staging
    rebuilt = outcome.rebuilt or []
    say(f"MkDocs built {len(rebuilt)} of {len(docs)} docs file(s) again")
    phases.done("MkDocs")
    files = kept.finish(staging, previous, docs)
    shutil.rmtree(staging, ignore_errors=True)  # emptied of files by kept.finish
    say(f"kept {kept.kept} file(s) of the last build")
    phases.done("keep")
    old_search = SearchState.from_json(previous.search)
    made = {docs[path][1] for path in rebuilt if path in docs}
    search, indexed, count = index_changed(kept.folder, project.site, old_search, made)
    say(f"search: {indexed} of {count} batch(es) indexed again")
    phases.done("search")
    index = site_files(kept.folder / SEARCH_FOLDER)
    files.update((f"{SEARCH_FOLDER}/{rel}", size) for rel, size in index.items())
    return docs, files, search, kept.folder
