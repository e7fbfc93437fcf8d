"""Pagefind indexing: batches of bounded size merged by the search page, stable bytes."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any, cast

import pytest

from generator import search_cbor, search_filters, search_index
from generator.search_index import SiteBuildError
from tests.site.helpers import Built


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _bundles(site: Path) -> list[Path]:
    """The first bundle, then every one the manifest says the search page merges."""
    bundle = site / "pagefind"
    manifest = json.loads((bundle / search_index.MANIFEST).read_text("utf-8"))
    return [bundle, *(bundle / path for path in manifest["merge"])]


def _indexed(site: Path) -> list[str]:
    """The URLs of the briefing pages with an article to index (not the redirects)."""
    return sorted(
        f"/briefings/{p.parent.name}/"
        for p in (site / "briefings").glob("*/index.html")
        if "data-pagefind-body" in p.read_text("utf-8")
    )


def _urls(bundle: Path) -> list[str]:
    """The URLs of the pages a bundle holds (each page's fragment is gzip JSON)."""
    urls = []
    for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
        fragment = search_index.read_fragment(path.read_bytes())
        assert fragment is not None, path
        urls.append(fragment["url"])
    return urls


@pytest.fixture(scope="module")
def batched(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the built fixture site, indexed again in batches of 2 briefings."""
    site = tmp_path_factory.mktemp("batched") / "site"
    shutil.copytree(built.site, site)
    search_index.run_pagefind(site, batch_size=2)
    return site


def test_batches_hold_every_page_once_in_batches_of_at_most_the_size() -> None:
    """About ceil(N / size) batches of at most ``size`` pages, every page in exactly one."""
    pages = [f"briefings/b{number:03d}/index.html" for number in range(23)]
    groups = search_index.batches(pages, 5)
    assert 5 <= len(groups) <= 10
    assert max(len(group) for group in groups) <= 5
    assert sorted(page for group in groups for page in group) == pages
    assert search_index.batches(pages, 100) == [pages]
    assert search_index.batches([], 5) == []


def test_batches_do_not_depend_on_the_order_pages_are_found_in() -> None:
    """The same pages in another order give the same batches (builds are reproducible)."""
    pages = [f"briefings/b{number:03d}/index.html" for number in range(40)]
    assert search_index.batches(pages, 7) == search_index.batches(pages[::-1], 7)


def test_batches_are_samples_of_the_whole_site_not_runs_of_names() -> None:
    """Batches mix pages from all over the alphabet, so each bundle ranks like the whole site."""
    # And so from every period, source and topic: each bundle's ranking statistics resemble the
    # whole site's.
    pages = [f"briefings/b{number:04d}/index.html" for number in range(1000)]
    for group in search_index.batches(pages, 250):
        positions = sorted(pages.index(page) for page in group)
        # A contiguous run would span 250 positions; a sample spans nearly all 1,000.
        assert positions[-1] - positions[0] > 900


def test_batch_size_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """BRIEFINGS_PAGEFIND_BATCH sets the batch size; anything but a positive integer fails."""
    monkeypatch.delenv(search_index.BATCH_ENV, raising=False)
    assert search_index.batch_pages() == search_index.BATCH_PAGES
    monkeypatch.setenv(search_index.BATCH_ENV, "250")
    assert search_index.batch_pages() == 250
    for bad in ("0", "-3", "many"):
        monkeypatch.setenv(search_index.BATCH_ENV, bad)
        with pytest.raises(SiteBuildError, match=search_index.BATCH_ENV):
            search_index.batch_pages()


def test_a_small_site_is_one_bundle_with_nothing_to_merge(built: Built) -> None:
    """Below the batch size the build writes one bundle and an empty list to merge."""
    assert _bundles(built.site) == [built.site / "pagefind"]
    assert not (built.site / "pagefind" / search_index.BATCH_DIR).exists()
    assert sorted(_urls(built.site / "pagefind")) == _indexed(built.site)


def test_batched_bundles_hold_every_briefing_exactly_once(batched: Path) -> None:
    """Each bundle holds at most the batch size, together every briefing, and no redirect."""
    briefings = _indexed(batched)
    bundles = _bundles(batched)
    assert len(bundles) == -(-len(briefings) // 2) > 1
    held = [_urls(bundle) for bundle in bundles]
    assert all(1 <= len(urls) <= 2 for urls in held)
    assert sorted(url for urls in held for url in urls) == briefings
    for bundle, urls in zip(bundles, held, strict=True):
        entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
        assert entry["languages"]["en"]["page_count"] == len(urls)


def test_merged_bundles_keep_only_their_index_files(batched: Path) -> None:
    """The scripts, styles and WebAssembly are served once, from the first bundle."""
    first, *merged = _bundles(batched)
    assert (first / "pagefind-ui.js").is_file() and (first / "wasm.en.pagefind").is_file()
    for bundle in merged:
        names = {p.name for p in bundle.iterdir()}
        assert {"pagefind-entry.json", "index", "fragment", "filter"} <= names
        assert all(name in search_index._MERGED_KEEP or name.endswith(".pf_meta") for name in names)


def test_every_bundle_offers_the_country_topic_and_year_filters(batched: Path) -> None:
    """The filters exist in every bundle, sorted, so the merged filter panel counts all pages."""
    for bundle in _bundles(batched):
        names = []
        for path in sorted((bundle / "filter").glob("*.pf_filter")):
            name, values = cast(list[Any], search_filters.pf_read(path))
            assert [v[0] for v in values] == sorted(v[0] for v in values)
            names.append(name)
        assert sorted(names) == ["country", "topic", "year"], bundle


def test_indexing_in_batches_twice_gives_the_same_bytes(batched: Path) -> None:
    """A second batched run over the same site writes byte-identical bundles."""
    before = _files(batched / "pagefind")
    search_index.run_pagefind(batched, batch_size=2)
    assert _files(batched / "pagefind") == before


def test_batches_run_side_by_side_give_the_bytes_of_one_after_another(
    batched: Path, tmp_path: Path
) -> None:
    """Two Pagefind runs at once (the build's, once MkDocs is done) write the same bundles."""
    site = tmp_path / "site"
    shutil.copytree(batched, site)
    asked: list[int] = []

    def two() -> int:
        asked.append(2)
        return 2

    search_index.run_pagefind(site, batch_size=2, workers=two)
    assert asked  # more than one batch, so there was a choice to make
    assert _files(site / "pagefind") == _files(batched / "pagefind")
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".")) == []


def test_no_staging_folder_is_left_in_the_site(batched: Path) -> None:
    """The folder of hard links Pagefind walks per batch is removed afterwards."""
    assert not (batched / search_index._STAGE).exists()


def test_reindexing_removes_bundles_of_an_earlier_run(batched: Path, tmp_path: Path) -> None:
    """One bundle after a batched run: the old batch folders are gone, the list is empty."""
    site = tmp_path / "site"
    shutil.copytree(batched, site)
    search_index.run_pagefind(site, batch_size=1000)
    assert not (site / "pagefind" / search_index.BATCH_DIR).exists()
    assert _bundles(site) == [site / "pagefind"]


def test_a_site_without_briefings_gets_one_bundle_of_its_pages(tmp_path: Path) -> None:
    """With no briefing, Pagefind indexes the pages there are, and nothing is merged."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>Home</title></head>'
        "<body><main><h1>Home</h1><p>No briefings yet.</p></main></body></html>",
        "utf-8",
    )
    search_index.run_pagefind(site)
    assert _bundles(site) == [site / "pagefind"]
    assert _urls(site / "pagefind") == ["/"]


def test_pagefind_failure_raises_with_its_message(tmp_path: Path) -> None:
    """Pagefind refusing a site raises SiteBuildError carrying what Pagefind said."""
    (tmp_path / "site").mkdir()
    with pytest.raises(SiteBuildError, match="Pagefind build failed") as error:
        search_index.run_pagefind(tmp_path / "site")
    assert any("not able to build an index" in m for m in error.value.messages)


def test_reindexing_a_served_site_keeps_the_old_index_until_the_new_one_is_whole(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While reindexing the old bundle stays served; the new one then replaces it, none beside."""
    # Every Pagefind run sees the old bundle still served.
    site = tmp_path / "site"
    shutil.copytree(built.site, site)
    entry = site / "pagefind" / "pagefind-entry.json"
    old_entry = entry.read_bytes()
    (site / "pagefind" / "stale.txt").write_text("from an earlier run", "utf-8")
    real = search_index._pagefind
    served: list[bool] = []

    def pagefind(*args: Any) -> bool:
        served.append(entry.read_bytes() == old_entry)
        return real(*args)

    monkeypatch.setattr(search_index, "_pagefind", pagefind)
    search_index.reindex_served(site)
    assert served and all(served)
    assert entry.read_bytes() == old_entry  # the same site: the same index
    assert not (site / "pagefind" / "stale.txt").exists()
    assert sorted(_urls(site / "pagefind")) == _indexed(site)
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".")) == []


def test_a_failed_reindex_of_a_served_site_leaves_the_old_index(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If Pagefind fails, the served index stays as it was and no half bundle is left."""
    site = tmp_path / "site"
    shutil.copytree(built.site, site)
    before = _files(site / "pagefind")

    def fail(*args: Any) -> bool:
        raise SiteBuildError(["exit 1"], tool="Pagefind")

    monkeypatch.setattr(search_index, "_pagefind", fail)
    with pytest.raises(SiteBuildError):
        search_index.reindex_served(site)
    assert _files(site / "pagefind") == before
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".")) == []


def test_a_stop_request_starts_no_further_pagefind_run(built: Built, tmp_path: Path) -> None:
    """Once stop is set (the site build failed), no batch is indexed and no bundle is left."""
    site = tmp_path / "site"
    shutil.copytree(built.site, site)
    stop = threading.Event()
    stop.set()
    search_index.run_pagefind(site, batch_size=2, stop=stop)
    assert not (site / "pagefind").exists()
    assert not (site / search_index._STAGE).exists()


def test_a_stop_request_kills_the_running_pagefind(tmp_path: Path) -> None:
    """A Pagefind run still going when stop is set is killed, and reported as stopped."""
    pid_file = tmp_path / "pid"
    fake = tmp_path / "pagefind"
    fake.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 60\n")
    fake.chmod(0o755)
    stop = threading.Event()
    outcome: list[bool] = []
    worker = threading.Thread(
        target=lambda: outcome.append(
            search_index._pagefind(fake, tmp_path, tmp_path / "out", stop)
        )
    )
    worker.start()
    deadline = time.monotonic() + 30
    while not pid_file.is_file() or not pid_file.read_text().strip():
        assert time.monotonic() < deadline, "the fake Pagefind never started"
        time.sleep(0.05)
    stop.set()
    worker.join(30)
    assert outcome == [False]
    with pytest.raises(ProcessLookupError):  # killed and reaped: no such process
        os.kill(int(pid_file.read_text()), 0)


def _filter_file(folder: Path, values: list[str]) -> None:
    data = search_filters._PF_SIGNATURE + search_cbor.encode(
        ["country", [[v, [len(v)]] for v in values]]  # each value on its own page
    )
    (folder / "filter").mkdir(parents=True)
    (folder / "filter" / "en_1234567.pf_filter").write_bytes(gzip.compress(data, mtime=0))
    meta = ["1.5.2", [["en_page", 10]], [["a", "z", "en_chunk"]], [["country", "en_1234567"]]]
    meta += [[], ["title"]]
    (folder / "pagefind.en_0123456789.pf_meta").write_bytes(
        gzip.compress(search_filters._PF_SIGNATURE + search_cbor.encode(meta), mtime=0)
    )
    (folder / "pagefind-entry.json").write_text('{"languages":{"en":{"hash":"en_0123456789"}}}')


def test_canonical_filters_give_one_order_and_keep_the_bundle_consistent(tmp_path: Path) -> None:
    """Bundles whose filter values came in different orders end byte-identical and consistent."""
    # The entry file names the metadata file that names the filter file.
    one, two = tmp_path / "one", tmp_path / "two"
    _filter_file(one, ["Syria", "Iraq", "Côte d'Ivoire"])
    _filter_file(two, ["Iraq", "Côte d'Ivoire", "Syria"])
    for bundle in (one, two):
        search_filters.canonical_filters(bundle)
    files = sorted(p.relative_to(one).as_posix() for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two).as_posix() for p in two.rglob("*") if p.is_file())
    for rel in files:
        assert (one / rel).read_bytes() == (two / rel).read_bytes(), rel
    (filter_file,) = (one / "filter").iterdir()
    _, values = cast(list[Any], search_filters.pf_read(filter_file))
    assert [v[0] for v in values] == ["Côte d'Ivoire", "Iraq", "Syria"]
    entry = json.loads((one / "pagefind-entry.json").read_text("utf-8"))
    meta = search_filters.pf_read(one / f"pagefind.{entry['languages']['en']['hash']}.pf_meta")
    assert isinstance(meta, list)
    (listed,) = meta[3]
    assert (one / "filter" / f"{listed[1]}.pf_filter").is_file()
    # The hashes changed, the rest is equal: sorting is all that happened.
    assert meta[:3] == ["1.5.2", [["en_page", 10]], [["a", "z", "en_chunk"]]]


def test_canonical_filters_leave_an_unknown_format_alone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A bundle in a format we do not know (another Pagefind) is left as it was, with a warning."""
    _filter_file(tmp_path, ["b", "a"])
    meta = next(tmp_path.glob("*.pf_meta"))
    meta.write_bytes(gzip.compress(b"pagefind_dcd\xf9\x00\x00", mtime=0))  # a float
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with caplog.at_level("WARNING", logger="mkdocs.briefings"):
        search_filters.canonical_filters(tmp_path)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    assert any("left unsorted" in m for m in caplog.messages)
