"""MkDocs hooks of the live preview; each only hands over to generator.mkdocs.live.

MkDocs loads this file anew (as a module of its own) for every rebuild, so it
holds no state: what lives across rebuilds is in generator.mkdocs.live.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from generator.mkdocs import compat, live


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """No sitemap: it lists every page, and nobody previews it."""
    compat.leave_out_sitemap(config)
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Reuse the theme's compiled templates across rebuilds."""
    env.bytecode_cache = live.TEMPLATE_CACHE
    return env


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """Rebuild when our render has written pages; every page when the settings change."""
    live.REBUILDS.on_serve(server, config)
    return server


def on_post_build(config: MkDocsConfig) -> None:
    """Index the rebuilt site for search in the background."""
    live.INDEXER.request(Path(config.site_dir))


def on_shutdown() -> None:
    """Let indexing finish before MkDocs removes the preview's temporary site."""
    live.INDEXER.wait()
