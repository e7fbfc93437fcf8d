"""`briefings build` renders beside MkDocs and gives the site that rendering first would."""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, get_files

from generator.atomic import replace_folder
from generator.docswriter import STATS
from generator.incremental_records import CACHE_FOLDER as RECORDS_CACHE
from generator.mkdocs import feed as feed_module
from generator.mkdocs.build import PageFeed
from generator.mkdocs.compat import walk_key
from generator.mkdocs.messages import Done, Ready
from generator.mkdocs.plugins import BriefingsBuilt, PagesAsRendered
from generator.search_index import run_pagefind
from generator.sitemodel.memory import CACHE_NAME as MODEL_CACHE
from tests.conftest import Result
from tests.site.helpers import FIXTURES, ROOT, SAMPLE_ID, Built

pytestmark = pytest.mark.slow


def _config(docs: Path, site: Path) -> object:
    return load_config(config_file=str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(site))


def _found(docs: Path, site: Path) -> list[str]:
    """Docs files in the order MkDocs' own get_files lists them (hidden ones left out)."""
    files = get_files(_config(docs, site))  # type: ignore[arg-type]
    return [f.src_uri for f in files if f.inclusion.is_included()]


def test_walk_key_lists_a_rendered_docs_folder_as_mkdocs_does(built: Built, tmp_path: Path) -> None:
    """Sorting the render's outputs by walk_key gives MkDocs' get_files order exactly."""
    found = _found(built.docs, tmp_path / "site")
    shuffled = list(found)
    random.Random(7).shuffle(shuffled)
    assert len(found) > 50
    assert sorted(shuffled, key=walk_key) == found


def test_walk_key_puts_files_before_folders_and_index_first(tmp_path: Path) -> None:
    """Files before subfolders, index.md first, and names that sort close (a, a-b, ab)."""
    docs = tmp_path / "docs"
    names = ["b.md", "index.md", "a.md", "ab.md", "a-b/x.md", "a/z.md", "a/index.md", "a/b/c.md"]
    names += ["ab/index.md", "a/feed.xml", "Z.md", "a/b/index.html", "a0/y.md"]
    for name in names:
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("# Page\n", "utf-8")
    assert sorted(names, key=walk_key) == _found(docs, tmp_path / "site")


def _pipe() -> tuple[PagesAsRendered, PageFeed]:
    reader, writer = multiprocessing.Pipe(duplex=False)
    return PagesAsRendered(reader), PageFeed(writer)


class _Page:
    def __init__(self, path: str) -> None:
        self.file = File(path, "docs", "site", True)


def test_mkdocs_builds_the_listed_pages_not_what_an_earlier_render_left(tmp_path: Path) -> None:
    """on_files keeps the theme's files and the render's list; stale docs files are dropped."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "stale.md").write_text("# Old\n", "utf-8")
    config = _config(docs, tmp_path / "site")
    found = get_files(config)  # type: ignore[arg-type]
    found.add_files_from_theme(config.theme.get_env(), config)  # type: ignore[attr-defined]
    plugin, feed = _pipe()
    made = feed.order(["index.md", "b/x.md", "a.md", "feed.xml"])
    assert made == ["index.md", "a.md", "b/x.md", "feed.xml"]  # pages first, as MkDocs reads them
    files = plugin.on_files(found, config=config)
    docs_files = [f.src_uri for f in files if f.src_dir == str(docs)]
    assert docs_files == ["index.md", "a.md", "feed.xml", "b/x.md"]
    assert [f.src_uri for f in files.documentation_pages()] == ["index.md", "a.md", "b/x.md"]
    theme = [f.src_uri for f in files if f.src_dir != str(docs)]
    assert any(uri.startswith("assets/javascripts/") for uri in theme)
    assert theme == [f.src_uri for f in found if f.src_dir != str(docs)]


def test_a_page_is_read_once_the_render_says_it_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """on_page_read_source takes the render's messages until its own page is among them."""
    monkeypatch.setattr(feed_module, "_WAIT", 0.0)  # each page told as it is written
    plugin, feed = _pipe()
    feed.order(["a.md", "b.md", "c.md"])
    plugin.wait_for_list()
    feed.written("a.md")
    feed.written("b.md")
    assert (
        plugin.on_page_read_source(page=_Page("b.md"), config=None) is None
    )  # MkDocs reads the file
    feed.done()
    assert plugin.on_page_read_source(page=_Page("c.md"), config=None) is None
    assert plugin.on_env("env", config=None, files=None) == "env"


class _Told:
    """A pipe's end that keeps what is sent."""

    def __init__(self) -> None:
        self.said: list[object] = []

    def send(self, message: object) -> None:
        self.said.append(message)

    def close(self) -> None:
        pass


def test_written_pages_are_told_in_batches_and_none_is_held_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Written pages go in one message, sent after _WAIT, on a full batch or at the render's end."""
    monkeypatch.setattr(feed_module, "_WAIT", 0.5)
    told = _Told()
    feed = PageFeed(told)  # type: ignore[arg-type]
    feed.written("a.md")
    feed.written("b.md")
    assert told.said == []
    time.sleep(0.5)
    feed.written("c.md")
    feed.written("d.md")
    assert told.said == [Ready(("a.md", "b.md", "c.md"))]
    monkeypatch.setattr(feed_module, "_WAIT", 3600.0)
    for number in range(feed_module._BATCH):
        feed.written(f"{number}.md")
    assert len(told.said) == 2 and len(told.said[1].paths) == feed_module._BATCH  # type: ignore[attr-defined]
    feed.done()
    assert told.said[2:] == [Ready(("255.md",)), Done()]


def test_the_last_page_is_told_at_once() -> None:
    """MkDocs waits for no feed before the last page: that one is told as it is written."""
    told = _Told()
    feed = PageFeed(told)  # type: ignore[arg-type]
    made = feed.order(["b.md", "feed.xml", "a.md"])
    feed.written(made[0])
    assert told.said[1:] == []
    feed.written(made[1])
    assert told.said[1:] == [Ready(("a.md", "b.md"))]
    feed.written("feed.xml")
    assert len(told.said) == 2


def test_mkdocs_stops_when_the_render_ends_without_writing_its_pages() -> None:
    """If the render's end of the pipe closes early, reading a page aborts the build."""
    plugin, feed = _pipe()
    feed.order(["a.md"])
    plugin.wait_for_list()
    del feed  # the render process died
    with pytest.raises(Abort, match="the render stopped before it wrote every page"):
        plugin.on_page_read_source(page=_Page("a.md"), config=None)


def test_the_render_goes_on_when_mkdocs_has_stopped() -> None:
    """A feed whose MkDocs end is gone drops its messages: MkDocs' own error is reported."""
    plugin, feed = _pipe()
    del plugin
    feed.order(["a.md"] * 5000)  # more than a pipe holds
    feed.written("a.md")
    feed.done()


# --- the whole command ------------------------------------------------------------------


def _project_with_fixtures(project: Path) -> Path:
    for folder in ("records", "hostile"):
        for path in sorted((FIXTURES / folder).glob("*.yaml")):
            shutil.copy(path, project / "briefings" / path.name)
    return project


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file but the docs files' stats (inodes and times differ between folders)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != STATS
    }


def test_build_command_makes_the_same_site_as_render_then_mkdocs(
    built: Built, project: Path, run: Callable[..., Result]
) -> None:
    """`briefings build --strict` gives byte for byte the site of a render followed by MkDocs."""
    root = _project_with_fixtures(project)
    result = run("--root", root, "build", "--strict")
    assert result.code == 0, result.err
    assert "site built in site" in result.err
    assert multiprocessing.active_children() == []
    assert _tree(root / "site") == _tree(built.site)
    # No staging left (the old site, hidden, may still be on its way out); the state of
    # the build is what the next one starts from.
    names = sorted(p.name for p in (root / "build").iterdir() if not p.name.startswith("."))
    assert names == sorted(["docs", MODEL_CACHE, RECORDS_CACHE, "site-state.json"])
    assert _tree(root / "build" / "docs") == _tree(built.docs)


def test_build_with_a_broken_record_reports_it_and_leaves_the_site(
    project: Path, run: Callable[..., Result]
) -> None:
    """A record problem is reported with its line, exit 1, and the earlier site is untouched."""
    root = _project_with_fixtures(project)
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("earlier build", "utf-8")
    record = root / "briefings" / f"{SAMPLE_ID}.yaml"
    record.write_text(record.read_text("utf-8").replace("date: ", "date: not-a-date #", 1))
    result = run("--root", root, "build", "--strict")
    assert result.code == 1
    assert f"briefings/{SAMPLE_ID}.yaml:" in result.out
    assert "date" in result.out
    assert (root / "site" / "index.html").read_text("utf-8") == "earlier build"
    assert multiprocessing.active_children() == []


def test_build_with_a_broken_template_names_it_stops_mkdocs_and_keeps_the_site(
    project: Path, run: Callable[..., Result]
) -> None:
    """A template error is a located problem; MkDocs is stopped; the earlier site stays."""
    root = _project_with_fixtures(project)
    (root / "templates" / "hub.md.j2").write_text("{{ hub.no_such_field }}", "utf-8")
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("earlier build", "utf-8")
    result = run("--root", root, "build", "--strict")
    assert result.code == 1
    line = result.out.splitlines()[0]
    assert line.startswith("templates/hub.md.j2:1: ") and "no_such_field" in line
    assert line.endswith(".md)") and "(page " in line
    assert multiprocessing.active_children() == []
    assert (root / "site" / "index.html").read_text("utf-8") == "earlier build"


# --- MkDocs' part, as `briefings build` runs it ------------------------------------------


def test_the_site_is_what_plain_mkdocs_builds_plus_the_search_index(
    built: Built, tmp_path: Path
) -> None:
    """Our MkDocs run (pages let go early, search started beside it) matches plain MkDocs."""
    plain = tmp_path / "plain"
    # generator.mkdocs first: the plain build is of the engine BRIEFINGS_ENGINE picks.
    code = (
        "import sys, generator.mkdocs; from mkdocs.config import load_config;"
        " from mkdocs.commands.build import build;"
        " build(load_config(config_file=sys.argv[1], docs_dir=sys.argv[2], site_dir=sys.argv[3]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "mkdocs.yml"), str(built.docs), str(plain)],
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    ours = {p: b for p, b in _tree(built.site).items() if not p.startswith("pagefind/")}
    assert ours == _tree(plain)


def test_search_indexed_beside_mkdocs_is_the_index_made_after_it(
    built: Built, tmp_path: Path
) -> None:
    """Pagefind started once the briefings are built gives the bundle a run after MkDocs gives."""
    site = tmp_path / "site"
    shutil.copytree(built.site, site)
    run_pagefind(site)
    assert _tree(site / "pagefind") == _tree(built.site / "pagefind")


class _Files:
    def __init__(self, pages: list[_Page]) -> None:
        self.pages = pages

    def documentation_pages(self) -> list[File]:
        return [page.file for page in self.pages]


def test_search_is_told_at_the_page_after_the_last_briefing() -> None:
    """BriefingsBuilt calls once, when MkDocs reaches the page after the last briefing page."""
    pages = [_Page(p) for p in ("index.md", "briefings/a.md", "briefings/b.md", "people/x.md")]
    told: list[str] = []
    plugin = BriefingsBuilt(lambda: told.append("now"))
    plugin.on_env(None, config=None, files=_Files(pages))
    for page in pages[:3]:
        plugin.on_post_page("<html>", page=page, config=None)
    assert told == []  # b.md is written only after its own on_post_page
    plugin.on_post_page("<html>", page=pages[3], config=None)
    plugin.on_post_build(config=None)
    assert told == ["now"]


def test_search_waits_for_the_end_when_the_last_page_is_a_briefing_or_there_is_none() -> None:
    """Told at the end of the build if the last page is a briefing; never without briefings."""
    told: list[str] = []
    last = [_Page("index.md"), _Page("briefings/a.md")]
    plugin = BriefingsBuilt(lambda: told.append("last"))
    plugin.on_env(None, config=None, files=_Files(last))
    for page in last:
        plugin.on_post_page("<html>", page=page, config=None)
    plugin.on_post_build(config=None)
    none = [_Page("index.md")]
    plugin = BriefingsBuilt(lambda: told.append("none"))
    plugin.on_env(None, config=None, files=_Files(none))
    plugin.on_post_page("<html>", page=none[0], config=None)
    plugin.on_post_build(config=None)
    assert told == ["last"]  # without briefings Pagefind indexes every page: after the build


def test_replace_folder_swaps_in_the_new_site_whole(tmp_path: Path) -> None:
    """replace_folder puts the new folder in place of the old one, or where there was none."""
    site, new = tmp_path / "site", tmp_path / "build" / "site.partial"
    new.mkdir(parents=True)
    (new / "index.html").write_text("new", "utf-8")
    replace_folder(site, new)
    assert _tree(site) == {"index.html": b"new"} and not new.exists()
    new.mkdir()
    (new / "other.html").write_text("newer", "utf-8")
    replace_folder(site, new)
    assert _tree(site) == {"other.html": b"newer"}
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == []


def test_replace_folder_keeps_a_symlinked_site_a_symlink(tmp_path: Path) -> None:
    """A site/ that links to a web server's folder stays a link; that folder gets the new site."""
    served = tmp_path / "www" / "briefings"
    served.mkdir(parents=True)
    (served / "stale.html").write_text("old", "utf-8")
    (served / "assets").mkdir()
    (served / "assets" / "old.css").write_text("old", "utf-8")
    site, new = tmp_path / "site", tmp_path / "build" / "site.partial"
    site.symlink_to(served, target_is_directory=True)
    (new / "assets").mkdir(parents=True)
    (new / "assets" / "new.css").write_text("new", "utf-8")
    (new / "index.html").write_text("new", "utf-8")
    replace_folder(site, new)
    assert site.is_symlink() and site.resolve() == served.resolve()
    assert _tree(served) == {"assets/new.css": b"new", "index.html": b"new"}
    assert not new.exists()
    dangling = tmp_path / "gone"
    dangling.symlink_to(tmp_path / "www" / "not-yet", target_is_directory=True)
    new.mkdir()
    (new / "index.html").write_text("first", "utf-8")
    replace_folder(dangling, new)
    assert _tree(tmp_path / "www" / "not-yet") == {"index.html": b"first"}


def test_replace_folder_across_file_systems_moves_the_contents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When site/ cannot be renamed away (another file system), its contents are replaced."""
    import errno

    renamed = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst).name == "site.partial.old":
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        renamed(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    site, new = tmp_path / "site", tmp_path / "build" / "site.partial"
    site.mkdir()
    (site / "stale.html").write_text("old", "utf-8")
    (site / "index.html").write_text("old", "utf-8")
    new.mkdir(parents=True)
    (new / "index.html").write_text("new", "utf-8")
    replace_folder(site, new)
    assert _tree(site) == {"index.html": b"new"}
    assert not new.exists()


def test_search_started_before_mkdocs_first_report_still_says_beside(tmp_path: Path) -> None:
    """An index started beside MkDocs before its first progress report is reported as beside."""
    from generator.mkdocs.searchrun import SearchIndexing
    from generator.search_index import SiteBuildError

    search = SearchIndexing(tmp_path / "no-site", beside=True)
    with pytest.raises(SiteBuildError):
        search.join()
    assert search.beside
    assert search.report().endswith("s (beside MkDocs)")
    after = SearchIndexing(tmp_path / "no-site")
    with pytest.raises(SiteBuildError):
        after.join()
    assert not after.beside and "beside" not in after.report()
