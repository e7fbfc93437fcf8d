"""A clean build splits its pages between MkDocs processes and gives the bytes of one process."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator.mkdocs.build import PageFeed, SiteBuild, build_site, page_pipes
from generator.mkdocs.messages import Outcome
from generator.mkdocs.plugins import LeanPages
from generator.mkdocs.share import (
    PARTS_ENV,
    Share,
    ShareError,
    clean_build_parts,
    usable_cores,
)
from generator.search_index import SiteBuildError
from tests.site.helpers import ROOT, fixture_records
from tests.site.helpers import render as render_records


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _docs_paths(docs: Path) -> list[str]:
    return [
        p.relative_to(docs).as_posix()
        for p in docs.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    ]


def _split_build(
    docs: Path,
    site: Path,
    parts: int,
    monkeypatch: pytest.MonkeyPatch,
    progress: Callable[[int, int], None] | None = None,
    said: list[str] | None = None,
) -> Outcome:
    """A clean build of ``docs`` by ``parts`` MkDocs processes, fed as a render would."""
    monkeypatch.setenv(PARTS_ENV, str(parts))
    pages, feed_ends = page_pipes(clean=True)
    assert len(pages.conns) == parts
    build = SiteBuild(ROOT, docs_dir=docs, site_dir=site, strict=True, pages=pages)
    pages.close()
    feed = PageFeed(feed_ends)
    for path in feed.order(_docs_paths(docs)):
        feed.written(path)
    feed.done()
    return build.finish(progress, None if said is None else said.append)


def test_shares_split_the_listed_files_and_each_reads_the_navigation() -> None:
    """Every docs file is written by exactly one share; the navigation's pages are read by all."""
    paths = [f"p{i}.md" for i in range(7)]
    shares = [Share(part, 3) for part in range(3)]
    for share in shares:
        share.listed(paths)
        share.always.add("p1.md")
    assert [[s.modified(p) for s in shares].count(True) for p in paths] == [1, 3, 1, 1, 1, 1, 1]
    assert [p for p in paths if shares[0].mine(p)] == ["p0.md", "p3.md", "p6.md"]
    for share in shares:
        share.reading = False
    assert [[s.modified(p) for s in shares].count(True) for p in paths] == [1] * 7
    assert [s.kept("theme.css", "theme.css") for s in shares] == [False, True, True]


def test_parts_follow_the_variable_and_refuse_nonsense() -> None:
    """BRIEFINGS_MKDOCS_PARTS sets the number of processes; 0 or a word is a clear error."""
    assert clean_build_parts({PARTS_ENV: "3"}) == 3
    assert 1 <= clean_build_parts({}) <= 2
    for bad in ("0", "two", "-1"):
        with pytest.raises(ShareError, match=PARTS_ENV):
            clean_build_parts({PARTS_ENV: bad})


def test_cores_are_counted_where_affinity_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without sched_getaffinity (macOS) the machine's cores count, and the build still splits."""
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert usable_cores() == 8
    assert clean_build_parts({}) == 2


def test_a_build_by_the_piece_has_one_pipe() -> None:
    """Only a clean build is split: a build by the piece gets one MkDocs process."""
    pages, feed = page_pipes(clean=False)
    assert len(pages.conns) == len(feed.conns) == 1
    pages.close()
    feed.close()


@pytest.mark.slow
def test_split_build_is_byte_identical_to_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three MkDocs processes give the site (and search index) one process gives, byte for byte."""
    docs = tmp_path / "docs"
    render_records(fixture_records(), docs)
    build_site(ROOT, docs_dir=docs, site_dir=tmp_path / "one", strict=True)
    calls: list[tuple[int, int]] = []
    said: list[str] = []
    outcome = _split_build(
        docs, tmp_path / "three", 3, monkeypatch, lambda d, t: calls.append((d, t)), said
    )
    assert _tree(tmp_path / "three") == _tree(tmp_path / "one")
    pages = len(list(docs.rglob("*.md")))
    assert calls[-1] == (2 * pages, 2 * pages)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert said[-1].startswith("search index written in ")
    assert set(outcome.dests) == set(_docs_paths(docs))


@pytest.mark.slow
def test_split_build_fails_on_a_broken_link_and_says_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken link in a page every process reads fails the strict build, reported once."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Page\n\n[gone](missing.md)\n", "utf-8")
    (docs / "timeline.md").write_text("# Timeline\n", "utf-8")
    for kind in ("countries", "people", "organizations", "groups", "topics", "threads"):
        (docs / kind).mkdir()
        (docs / kind / "index.md").write_text("# Kind\n", "utf-8")
    with pytest.raises(SiteBuildError) as raised:
        _split_build(docs, tmp_path / "site", 2, monkeypatch)
    about_link = [m for m in raised.value.messages if "missing.md" in m]
    assert len(about_link) == 1


def test_pagefind_runs_a_batch_on_each_core_mkdocs_leaves_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pagefind may run as many batches at once as cores are free of MkDocs, two at most."""
    from generator.mkdocs import searchrun

    allowed: list[int] = []
    asked_before, mkdocs_done = threading.Event(), threading.Event()

    def fake_pagefind(site: Path, *, stop: object, workers: Callable[[], int]) -> None:
        allowed.append(workers())
        asked_before.set()
        mkdocs_done.wait(10)
        allowed.append(workers())

    monkeypatch.setattr(searchrun, "run_pagefind", fake_pagefind)
    search = searchrun.SearchIndexing(tmp_path, beside=True, cores=1)
    assert asked_before.wait(10)
    search.free_cores(4)
    mkdocs_done.set()
    search.join()
    assert allowed == [1, 2]


def test_lean_pages_keep_a_page_html_packed_until_the_theme_renders_it() -> None:
    """Between conversion and writing a page's HTML is held packed, and comes back unchanged."""
    lean = LeanPages()
    page: Any = SimpleNamespace(file=SimpleNamespace(src_uri="a.md"), markdown="# A", content=None)
    html = "<p>Côte d’Ivoire — “quoted”</p>" * 50
    kept = lean.on_page_content(html, page=page, config=None, files=None)  # type: ignore[arg-type]
    assert kept == "" and page.markdown == ""
    context: Any = {"page": page}
    lean.on_page_context(context, page=page, config=None, nav=None)  # type: ignore[arg-type]
    assert page.content == html
    lean.on_post_page("out", page=page, config=None)  # type: ignore[arg-type]
    assert page.content is None
