"""The one module that touches MkDocs' internals: what it keeps, and its plain fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, get_files

from generator.mkdocs import compat
from tests.site.helpers import ROOT


def test_the_installed_engine_is_one_whose_internals_are_known() -> None:
    """MkDocs 1.6 (as pinned) takes the fast paths; another version would not."""
    assert compat.KNOWN
    assert compat._version("1.6.1") == (1, 6)
    assert compat.known("mkdocs", "2.0") is False
    assert compat._version("odd") == (0, 0)


def test_listed_files_keep_what_the_theme_or_a_plugin_added(tmp_path: Path) -> None:
    """The render's list replaces the docs folder's files; theme and plugin files stay after it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "stale.md").write_text("# Old\n", "utf-8")
    config = load_config(
        config_file=str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(tmp_path / "site")
    )
    found = get_files(config)
    found.add_files_from_theme(config.theme.get_env(), config)
    # As File.generated makes them (it needs a plugin event running): no source folder.
    found.append(File("added/by-a-plugin.txt", None, config.site_dir, config.use_directory_urls))
    listed = compat.listed_files(["index.md", "a.md"], found, config)
    uris = [f.src_uri for f in listed]
    assert uris[:2] == ["index.md", "a.md"]
    assert "stale.md" not in uris
    assert uris[-1] == "added/by-a-plugin.txt"
    assert any(uri.startswith("assets/javascripts/") for uri in uris)


def test_an_unknown_engine_gets_the_plain_fallbacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an engine version not known here, no internal is touched: MkDocs keeps polling."""
    monkeypatch.setattr(compat, "KNOWN", False)
    build = object()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    original = server.builder
    assert not compat.take_over_rebuilds(server, lambda b: build, lambda url: None)  # type: ignore[arg-type,return-value]
    assert server.builder is original

    class Page:
        markdown = "# kept"
        content = "<h1>kept</h1>"

    page = Page()
    compat.release_markdown(page)  # type: ignore[arg-type]
    compat.release_html(page)  # type: ignore[arg-type]
    assert (page.markdown, page.content) == ("# kept", "<h1>kept</h1>")
