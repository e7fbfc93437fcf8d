"""The only code that touches the engine's internals (MkDocs 1.6, or ProperDocs 1.6: the same).

Everything else in generator.mkdocs uses the engine's public, typed API. What is
here relies on names MkDocs does not promise to keep: the livereload server's
``_rebuild_cond``, ``_want_rebuild``, ``_log_poll_request`` and ``builder``; the
order ``get_files`` lists a docs folder in; a page's ``markdown`` and
``content`` being safe to drop once used; the CLI's startup and shutdown calls.

Each use is checked against the engine and its version (``KNOWN``): ProperDocs
1.6 is MkDocs 1.6 renamed (its livereload server, ``get_files`` and pages are
the same code), and on any other engine or version the plain fallback runs,
which is slower or uses more memory but builds the same site (the preview then
lets MkDocs poll the docs folder itself).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from typing import Protocol

import mkdocs
from mkdocs.commands.build import build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

#: The engines (module name, (major, minor)) whose internals this module was written against.
KNOWN_VERSIONS = frozenset({("mkdocs", (1, 6)), ("properdocs", (1, 6))})


def _version(text: str) -> tuple[int, int]:
    major, minor, *_ = [*text.split("."), "0", "0"]
    try:
        return int(major), int(minor)
    except ValueError:
        return (0, 0)


def known(module_name: str, version: str) -> bool:
    """Whether this module knows the internals of engine ``module_name`` at ``version``."""
    return (module_name, _version(version)) in KNOWN_VERSIONS


#: The engine's root logger ("mkdocs" or "properdocs"): its warnings, which fail a strict
#: build, and its preview messages are logged below it.
LOGGER = mkdocs.__name__

#: The start of the warning the engine logs on every dirty build (the preview's kind).
_DIRTY_BUILD_WARNING = "A 'dirty' build is being performed"


class _NoDirtyBuildWarning(logging.Filter):
    """Drops the engine's dirty-build warning, lets every other record through."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(_DIRTY_BUILD_WARNING)


def hide_dirty_build_warning() -> None:
    """Silence the warning the engine's build logs on each dirty build, once for the process.

    The preview rebuilds dirty by design (only changed pages) and renders every
    page whose inputs changed, so the stale navigation it warns of cannot happen;
    shown on every save, it only worries editors.
    """
    logger = logging.getLogger(f"{LOGGER}.commands.build")
    if not any(isinstance(f, _NoDirtyBuildWarning) for f in logger.filters):
        logger.addFilter(_NoDirtyBuildWarning())


#: True when the engine in use (``mkdocs`` is ProperDocs when it was chosen) is a known one.
KNOWN = known(mkdocs.__name__, mkdocs.__version__)


# --- building -----------------------------------------------------------------------------


def run_build(config: MkDocsConfig, *, dirty: bool = False) -> None:
    """Build the site as ``mkdocs build`` does: its CLI calls on_startup and on_shutdown.

    ``dirty``: pages whose ``File.is_modified()`` is False are neither read nor
    written (see ``listed_files``), and the site folder is not emptied first.
    """
    config.plugins.on_startup(command="build", dirty=dirty)
    try:
        build(config, dirty=dirty)
    finally:
        config.plugins.on_shutdown()


def builds_by_piece() -> bool:
    """Whether the engine's dirty build can be trusted to skip just the pages we say.

    It skips a page in ``_populate_page`` and ``_build_page``, and a static file in
    ``copy_file``, by asking ``File.is_modified`` and nothing else; on another engine
    or version the build is a clean one.
    """
    return KNOWN


class _Decided(File):
    """A docs file whose ``is_modified`` is our decision, not a comparison of times."""

    decide: Callable[[str], bool]

    def is_modified(self) -> bool:
        return self.decide(self.src_uri)


def walk_key(path: str) -> tuple[tuple[int, object], ...]:
    """Sorts docs paths in the order MkDocs lists them (``get_files``: a sorted os.walk).

    A folder's files come before its subfolders, ``index.md`` (or ``README.md``)
    first among them. A test holds this to ``get_files`` itself. On an unknown
    engine the order may differ: the build then waits longer for some pages, and
    builds the same site.
    """
    *folders, name = path.split("/")
    first = os.path.splitext(name)[0] not in ("index", "README")
    return (*((1, folder) for folder in folders), (0, (first, name)))


def listed_files(
    listed: Iterable[str],
    files: Files,
    config: MkDocsConfig,
    modified: Callable[[str], bool] | None = None,
    kept: Callable[[str, str], bool] | None = None,
) -> Files:
    """``files`` with the docs folder's files replaced by ``listed`` (docs paths, in order).

    What MkDocs found in the docs folder may be an earlier render's; the files the
    theme or other plugins added are kept, after the listed ones, in their order.
    ``modified(path)``: whether a dirty build builds the docs file ``path`` again.
    ``kept(source, dest)``: whether a dirty build leaves out the theme's static file
    ``source``, to be copied to site path ``dest`` (the last build's copy stands).
    """
    docs: list[File] = []
    for path in listed:
        if modified is None:
            docs.append(File(path, config.docs_dir, config.site_dir, config.use_directory_urls))
        else:
            decided = _Decided(path, config.docs_dir, config.site_dir, config.use_directory_urls)
            decided.decide = modified
            docs.append(decided)
    names = {file.src_uri for file in docs}
    others = [f for f in files if f.src_dir != config.docs_dir and f.src_uri not in names]
    if kept is not None:
        for file in others:
            if KNOWN and file.abs_src_path is not None and not file.is_documentation_page():
                file.is_modified = _not_kept(kept, file.abs_src_path, file.dest_uri)  # type: ignore[method-assign]
    return Files([*docs, *others])


def _not_kept(kept: Callable[[str, str], bool], source: str, dest: str) -> Callable[[], bool]:
    return lambda: not kept(source, dest)


def release_markdown(page: Page) -> None:
    """Drop a page's Markdown once converted (MkDocs keeps it to the end of the build)."""
    if KNOWN:
        page.markdown = ""  # not None: Page.title reads None as "not read yet"


def release_html(page: Page) -> None:
    """Drop a page's HTML once written (MkDocs keeps it to the end of the build)."""
    if KNOWN:
        page.content = None


def leave_out_sitemap(config: MkDocsConfig) -> None:
    """Build no sitemap.xml (the theme's static template that lists every page)."""
    config.theme.static_templates.discard("sitemap.xml")


def leave_out_theme_templates(config: MkDocsConfig) -> None:
    """Build none of the theme's static templates (sitemap.xml, 404.html, the search page)."""
    config.theme.static_templates.clear()


# --- the live preview's server -----------------------------------------------------------


class LiveServer(Protocol):
    """What the preview uses of MkDocs' livereload server beside its internals."""

    def watch(self, path: str) -> None: ...

    def unwatch(self, path: str) -> None: ...


#: ``builder`` of the server, wrapped by the preview: it calls the original.
Wrap = Callable[[Callable[[], None]], Callable[[], None]]
#: Told the URL of each page whose livereload script polls.
PollSeen = Callable[[str], None]


def take_over_rebuilds(server: object, wrap: Wrap, polled: PollSeen) -> bool:
    """Wrap the server's builder and hear its polls; False (nothing done) on an unknown server.

    ``build_delay`` is set to 0: the preview settles bursts of saves itself.
    """
    needed = ("_rebuild_cond", "_want_rebuild", "_log_poll_request", "builder", "build_delay")
    if not KNOWN or not all(hasattr(server, name) for name in needed):
        return False
    logged = server._log_poll_request  # type: ignore[attr-defined]

    def poll(url: str | None, request_id: str) -> None:
        # Each open page's livereload script polls with the page as its referrer.
        if url:
            polled(url)
        logged(url, request_id=request_id)

    server.build_delay = 0.0  # type: ignore[attr-defined]
    server.builder = wrap(server.builder)  # type: ignore[attr-defined]
    server._log_poll_request = poll  # type: ignore[attr-defined]
    return True


def add_to_served_pages(server: object, banner: Callable[[], bytes]) -> bool:
    """Put ``banner()`` first in the body of every HTML page ``server`` serves from now on.

    Wraps the server's ``_inject_js_into_html``, which adds the livereload script
    to each page as it is served, so the banner shows what is true at the time of
    the request, on every page, without a rebuild. False (nothing done) on an
    unknown server; a server already wrapped is left as it is.
    """
    if not KNOWN or not hasattr(server, "_inject_js_into_html"):
        return False
    if getattr(server, "_briefings_banner", False):
        return True
    inject = server._inject_js_into_html

    def injected(content: bytes, epoch: object) -> bytes:
        extra = banner()
        body = content.find(b"<body")
        opened = content.find(b">", body) if body >= 0 else -1
        if extra and opened >= 0:
            content = content[: opened + 1] + extra + content[opened + 1 :]
        result: bytes = inject(content, epoch)
        return result

    server._inject_js_into_html = injected
    server._briefings_banner = True  # type: ignore[attr-defined]
    return True


def request_rebuild(server: object) -> None:
    """Wake the server's rebuild loop now (a server taken over by take_over_rebuilds)."""
    condition: threading.Condition = server._rebuild_cond  # type: ignore[attr-defined]
    with condition:
        server._want_rebuild = True  # type: ignore[attr-defined]
        condition.notify_all()
