"""A live preview reuses rendered pages only while their inputs are unchanged."""

from __future__ import annotations

import copy
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import pagecache
from generator.docswriter import MANIFEST, STATS
from generator.pagecache import PageCache
from generator.render import render_site
from generator.store import read_record
from tests.conftest import FIXTURES, ROOT


def tree(folder: Path) -> dict[str, bytes]:
    """Every output (not the manifest and its stats, which differ between folders)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*.*")
        if p.name not in (MANIFEST, STATS)
    }


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


class CountingCache(PageCache):
    """A preview's cache that counts the outputs it had to make."""

    def __init__(self) -> None:
        super().__init__()
        self.made = 0

    def get(self, path: str, parts: tuple[object, ...], make: Callable[[], bytes]) -> bytes:
        def counted() -> bytes:
            self.made += 1
            return make()

        return super().get(path, parts, counted)


def test_cached_render_equals_a_fresh_one_after_an_edit(tmp_path: Path) -> None:
    """After a record changes, the cached render is byte for byte a render from scratch."""
    cache = CountingCache()
    recs = records()
    render(recs, tmp_path / "a", ROOT / "templates", cache)
    made_first = cache.made
    edited = copy.deepcopy(recs[0])
    edited["title"] = "A changed headline"
    recs = [edited, *recs[1:]]
    cache.made = 0
    render(recs, tmp_path / "cached", ROOT / "templates", cache)
    assert 0 < cache.made < made_first
    render(recs, tmp_path / "fresh", ROOT / "templates", None)
    assert tree(tmp_path / "cached") == tree(tmp_path / "fresh")
    assert tree(tmp_path / "cached") != tree(tmp_path / "a")


def test_unchanged_render_reuses_every_output(tmp_path: Path) -> None:
    """With nothing changed, every page and feed comes from the cache."""
    cache = CountingCache()
    recs = records()
    render(recs, tmp_path / "a", ROOT / "templates", cache)
    assert cache.made > 0
    cache.made = 0
    render(recs, tmp_path / "b", ROOT / "templates", cache)
    assert cache.made == 0
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_template_change_invalidates_the_cache(tmp_path: Path) -> None:
    """Editing a template renders every page again."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    cache = CountingCache()
    recs = records()
    render(recs, tmp_path / "a", templates, cache)
    made_first, cache.made = cache.made, 0
    page = templates / "briefing.md.j2"
    page.write_text(page.read_text("utf-8") + "\nEdited template.\n", "utf-8")
    render(recs, tmp_path / "b", templates, cache)
    assert cache.made == made_first
    assert any(b"Edited template." in data for data in tree(tmp_path / "b").values())


def test_a_second_render_into_the_folder_renders_and_writes_nothing(tmp_path: Path) -> None:
    """Across runs, the manifest lets a render skip every page whose inputs are unchanged."""
    recs = records()
    first = render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=False)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    second = render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=False)
    assert first.written and not second.written
    assert second.unchanged == len(first.written)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()} == before


def test_an_edit_renders_again_only_the_pages_it_reaches(tmp_path: Path) -> None:
    """After one record changes, its page is rendered again and the result equals a fresh render."""
    recs = records()
    render_site(recs, tmp_path / "inc", templates_dir=ROOT / "templates", production=False)
    edited = copy.deepcopy(recs[0])
    edited["title"] = "A changed headline"
    recs = [edited, *recs[1:]]
    again = render_site(recs, tmp_path / "inc", templates_dir=ROOT / "templates", production=False)
    assert f"briefings/{edited['id']}.md" in again.written
    assert again.unchanged > 0
    render_site(recs, tmp_path / "fresh", templates_dir=ROOT / "templates", production=False)
    assert tree(tmp_path / "inc") == tree(tmp_path / "fresh")


def test_a_page_changed_by_hand_or_another_setting_is_rendered_again(tmp_path: Path) -> None:
    """A file not as the last run left it, or a manifest of another setting, is not trusted."""
    recs = records()
    render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=False)
    home = tmp_path / "index.md"
    good = home.read_bytes()
    home.write_bytes(b"scribbled over")
    again = render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=False)
    assert again.written == ["index.md"]
    assert home.read_bytes() == good
    production = render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=True)
    assert production.written  # drafts left out: the manifest of the preview setting is ignored


def test_a_page_scribbled_over_to_the_same_size_and_time_is_rendered_again(
    tmp_path: Path,
) -> None:
    """Pages are trusted by their stat only while it is unchanged, ctime included."""
    recs = records()
    render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=False)
    home = tmp_path / "index.md"
    good = home.read_bytes()
    stat = home.stat()
    home.write_bytes(b"x" * len(good))
    os.utime(home, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=False)
    assert again.written == ["index.md"]
    assert home.read_bytes() == good


def test_pages_whose_stat_is_unchanged_are_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A render into a folder an earlier one left as it was reads none of its pages."""
    recs = records()
    render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=False)
    digested: list[bytes] = []

    def digest(data: bytes) -> str:
        digested.append(data)
        return ""

    monkeypatch.setattr(pagecache, "digest_bytes", digest)
    again = render_site(recs, tmp_path, templates_dir=ROOT / "templates", production=False)
    assert not again.written and again.unchanged > 0
    assert digested == []


def test_objects_known_only_by_address_never_match_another_run() -> None:
    """A value whose repr is its memory address gets a fingerprint that is not just that repr."""

    class Opaque:
        pass

    value = Opaque()
    assert PageCache().fingerprint(value) != PageCache().fingerprint(repr(value))
    assert PageCache().fingerprint(value) == PageCache().fingerprint(value)


def test_small_frozen_values_are_fingerprinted_by_every_field() -> None:
    """A change in any field of a flat frozen value (a Mention) changes its fingerprint."""
    from generator.pagecache import _is_flat
    from generator.sitemodel.briefing import PlaceView
    from generator.sitemodel.entities import Mention
    from generator.sitemodel.hubs import LedgerQuote

    assert _is_flat(Mention) and _is_flat(PlaceView)
    assert not _is_flat(LedgerQuote)  # holds a record: hashed field by field
    base = Mention("people", "a-b", "A B", ("AB",), "minister")
    prints = {
        PageCache().fingerprint(value)
        for value in (
            base,
            Mention("people", "a-b", "A B", ("AB",), "president"),
            Mention("people", "a-b", "A B", ("A. B.",), "minister"),
            Mention("people", "a-b", "A B", ("AB",), None),
            PlaceView("X", "city", (), base),
            PlaceView("X", "city", (), None),
        )
    }
    assert len(prints) == 6
    assert PageCache().fingerprint(base) == PageCache().fingerprint(
        Mention("people", "a-b", "A B", ("AB",), "minister")
    )


def test_records_are_fingerprinted_by_their_whole_value() -> None:
    """Equal records built apart share a fingerprint; a change anywhere inside one changes it."""
    record = {"id": "a", "people": [{"name": "A B", "aliases": ["AB"]}], "n": 1}
    twin = copy.deepcopy(record)
    changed = copy.deepcopy(record)
    changed["people"][0]["aliases"] = ["A. B."]  # type: ignore[index]
    prints = {}
    for name, value in (("record", record), ("twin", twin), ("changed", changed)):
        cache = PageCache()
        cache.start(ROOT / "templates", [value], "")
        prints[name] = cache.fingerprint(value)
    as_true = {**record, "n": True}
    cache = PageCache()
    cache.start(ROOT / "templates", [as_true], "")
    assert prints["record"] == prints["twin"] != prints["changed"]
    assert cache.fingerprint(as_true) != prints["record"]  # True is not 1


def test_a_list_of_flat_values_in_a_field_is_spelt_whole_and_any_change_shows() -> None:
    """A briefing page's lists of mentions are hashed by their repr; a change in one shows."""
    from generator.sitemodel.briefing import BriefingPage
    from generator.sitemodel.entities import Mention

    def page(role: str | None) -> BriefingPage:
        person = Mention("people", "a-b", "A B", ("AB",), role)
        return BriefingPage({"id": "x"}, [person], [], [], [], [], [], [])

    prints = {PageCache().fingerprint(page(role)) for role in ("minister", "president", None)}
    assert len(prints) == 3
    assert PageCache().fingerprint(page("minister")) == PageCache().fingerprint(page("minister"))
