"""The only module that imports MkDocs: building and live preview.

MkDocs 1.6 is unmaintained and Material is heading for end of life, so the
rest of the generator writes plain Markdown and knows nothing of MkDocs. This
file is also a MkDocs ``hooks:`` file: ``serve`` loads it so that every
rebuild (after a record or template changed) renders the pages again first.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CONFIG_NAME = "mkdocs.yml"
DEFAULT_DOCS = Path("build/docs")
# serve() hands these to the hook module, which MkDocs loads as a separate
# module object (so module globals of this import are not shared with it).
_ENV_ROOT = "BRIEFINGS_SERVE_ROOT"
_ENV_PRODUCTION = "BRIEFINGS_SERVE_PRODUCTION"


class SiteBuildError(Exception):
    """MkDocs failed (in strict mode: warned); the message holds what it said."""

    def __init__(self, messages: list[str], cause: str = "") -> None:
        self.messages = messages
        lines = [*messages, cause] if cause else messages
        super().__init__("MkDocs build failed:\n" + "\n".join(f"  {m}" for m in lines if m))


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


def build_site(root: Path, *, docs_dir: Path, site_dir: Path, strict: bool) -> None:
    """Build ``site_dir`` from the rendered pages in ``docs_dir`` with ``root/mkdocs.yml``.

    Raises SiteBuildError with MkDocs' warnings and errors when the build
    fails; in strict mode any warning (a broken link, say) fails it.
    """
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    with _collected() as log:
        try:
            config = load_config(
                config_file=str(root / CONFIG_NAME),
                docs_dir=str(docs_dir.resolve()),
                site_dir=str(site_dir.resolve()),
                strict=strict,
            )
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (exceptions.MkDocsException, exceptions.Abort) as error:
            raise SiteBuildError(log.messages, str(error)) from error
    if strict and log.messages:  # MkDocs counts warnings only of its own loggers
        raise SiteBuildError(log.messages)


def serve(root: Path, *, production: bool, dev_addr: str) -> None:
    """Live preview on ``dev_addr``: editing a record or template re-renders and reloads."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    os.environ[_ENV_ROOT] = str(root.resolve())
    os.environ[_ENV_PRODUCTION] = "1" if production else ""
    _render(root, production)  # MkDocs checks docs_dir exists before the first build
    mkdocs_serve(
        config_file=str(root / CONFIG_NAME),
        dev_addr=dev_addr,
        livereload=True,
        watch=[str(root / "briefings"), str(root / "templates")],
        hooks=[__file__],
    )


def _render(root: Path, production: bool) -> None:
    from generator.render import render_site
    from generator.store import load_records

    records, _problems = load_records(root)
    render_site(
        records, root / DEFAULT_DOCS, templates_dir=root / "templates", production=production
    )


# --- MkDocs hook (loaded by serve through ``hooks=[__file__]``) ----------------------


def on_pre_build(config: Any, **_: Any) -> None:
    """Render the pages again before each rebuild, so edited records show up."""
    root = os.environ.get(_ENV_ROOT)
    if not root:  # loaded by a plain `mkdocs build`: the pages are already rendered
        return
    try:
        _render(Path(root), bool(os.environ.get(_ENV_PRODUCTION)))
    except Exception as error:  # keep the preview alive while an editor is mid-edit
        logging.getLogger("mkdocs.briefings").error("render failed: %s", error)
