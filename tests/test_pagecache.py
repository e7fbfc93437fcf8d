"""A live preview reuses rendered pages only while their inputs are unchanged."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

from generator.pagecache import PageCache
from generator.render import render_site
from generator.store import read_record
from tests.conftest import FIXTURES, ROOT


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.*")}


def records() -> list[dict[str, object]]:
    files = [
        read_record(p, p.name, FIXTURES)
        for p in sorted((FIXTURES / "site" / "records").glob("*.yaml"))
    ]
    assert len(files) == 3 and all(f.record for f in files)
    return [f.record for f in files if f.record]


def render(
    recs: list[dict[str, object]], out: Path, templates: Path, cache: PageCache | None
) -> None:
    render_site(recs, out, templates_dir=templates, production=False, cache=cache)


def test_cached_render_equals_a_fresh_one_after_an_edit(tmp_path: Path) -> None:
    """After a record changes, the cached render is byte for byte a render from scratch."""
    cache = PageCache()
    recs = records()
    render(recs, tmp_path / "a", ROOT / "templates", cache)
    edited = copy.deepcopy(recs[0])
    edited["title"] = "A changed headline"
    recs = [edited, *recs[1:]]
    render(recs, tmp_path / "cached", ROOT / "templates", cache)
    assert cache.hits > 0
    render(recs, tmp_path / "fresh", ROOT / "templates", None)
    assert tree(tmp_path / "cached") == tree(tmp_path / "fresh")
    assert tree(tmp_path / "cached") != tree(tmp_path / "a")


def test_unchanged_render_reuses_every_output(tmp_path: Path) -> None:
    """With nothing changed, every page and feed comes from the cache."""
    cache = PageCache()
    recs = records()
    render(recs, tmp_path / "a", ROOT / "templates", cache)
    render(recs, tmp_path / "b", ROOT / "templates", cache)
    assert (
        cache.hits
        == len([p for p in (tmp_path / "b").rglob("*") if p.is_file()])
        - len(list((tmp_path / "b").rglob("*.html")))
        - 1
    )  # redirect pages are not cached; .generated.json is not an output
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_template_change_invalidates_the_cache(tmp_path: Path) -> None:
    """Editing a template renders every page again."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    cache = PageCache()
    recs = records()
    render(recs, tmp_path / "a", templates, cache)
    page = templates / "briefing.md.j2"
    page.write_text(page.read_text("utf-8") + "\nEdited template.\n", "utf-8")
    render(recs, tmp_path / "b", templates, cache)
    assert cache.hits < len(recs)
    assert any(b"Edited template." in data for data in tree(tmp_path / "b").values())
