"""Long work reports its progress: records read, MkDocs' pages, search indexing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from generator.mkdocs.build import build_site
from generator.store import read_records
from tests.conftest import Result
from tests.site.helpers import ROOT, fixture_records
from tests.site.helpers import render as render_records


def test_reading_records_reports_each_file(tmp_path: Path) -> None:
    """read_records tells its progress callback (files read, files) once per file."""
    shutil.copytree(ROOT / "tests" / "fixtures" / "site" / "records", tmp_path / "briefings")
    calls: list[tuple[int, int]] = []
    files = read_records(tmp_path, progress=lambda done, total: calls.append((done, total)))
    total = len(files)
    assert total >= 3
    assert calls == [(n, total) for n in range(1, total + 1)]


def test_site_build_reports_both_passes_over_the_pages_and_search(tmp_path: Path) -> None:
    """MkDocs' two passes over the pages are counted to the end; Pagefind's run is reported."""
    docs, site = tmp_path / "docs", tmp_path / "site"
    render_records(fixture_records(), docs)
    calls: list[tuple[int, int]] = []
    said: list[str] = []
    build_site(
        ROOT,
        docs_dir=docs,
        site_dir=site,
        strict=True,
        progress=lambda done, total: calls.append((done, total)),
        say=said.append,
    )
    pages = len(list(docs.rglob("*.md")))
    assert calls[-1] == (2 * pages, 2 * pages)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    # Pagefind starts beside MkDocs once the briefings are built: it may be done at the end.
    assert set(said[:-1]) <= {
        "indexing the site for search (Pagefind)...",
        "finishing the search index (Pagefind)...",
    }
    assert said[-1].startswith("search index written in ")


def test_render_reports_its_outputs_as_they_are_written(
    project: Path, run: Callable[..., Result]
) -> None:
    """`briefings render` counts the pages and feeds it writes, to the last one."""
    shutil.copytree(
        ROOT / "tests" / "fixtures" / "site" / "records", project / "briefings", dirs_exist_ok=True
    )
    result = run("--root", project, "render")
    assert result.code == 0, result.err
    outputs = len(
        [
            p
            for p in (project / "build" / "docs").rglob("*")
            if p.is_file() and not p.name.startswith(".")
        ]
    )
    assert f"rendering pages and feeds: {outputs}/{outputs}, " in result.err
