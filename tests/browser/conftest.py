"""Browser fixtures: the fixture site built once, served on 127.0.0.1, driven by chromium."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from generator.search_index import run_pagefind
from tests.site.helpers import ROOT, Built, build, fixture_records

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

playwright_api = pytest.importorskip("playwright.sync_api")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test here is a browser test, skipped where Debian's chromium is missing."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} is not installed"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """A static server for ``folder`` on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def reindex_in_batches(site: Path, batch_size: int) -> None:
    """Index ``site`` again in Pagefind batches of ``batch_size`` briefings, as 10,000 would be."""
    run_pagefind(site, batch_size=batch_size)
    assert (site / "pagefind" / "batch" / "01" / "pagefind-entry.json").is_file()


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Built]]:
    """The local build of the fixture records, served over HTTP on 127.0.0.1."""
    built = build(fixture_records(), tmp_path_factory.mktemp("browser"))
    with serve_folder(built.site) as base:
        yield base, built


@pytest.fixture(scope="session")
def served_in_batches(
    served: tuple[str, Built], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Built]]:
    """The same site with its search index in bundles of 2 briefings, merged by the page."""
    built = served[1]
    site = tmp_path_factory.mktemp("batched") / "site"
    shutil.copytree(built.site, site)
    reindex_in_batches(site, 2)
    with serve_folder(site) as base:
        yield base, Built(built.docs, site, built.records)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless chromium for the session."""
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


def wait_for_loaded_results(page: Any) -> None:
    """Wait until every search result shows its data, not Pagefind's placeholder.

    Pagefind writes its "N results" message and one placeholder per result (a title of
    ". . ." classed ``pagefind-ui__loading``) before each result's fragment arrives.
    """
    page.wait_for_function(
        "document.querySelector('.pagefind-ui__results') !== null"
        " && document.querySelector('.pagefind-ui__result .pagefind-ui__loading') === null"
    )


@dataclass
class Reader:
    """A browser tab and what it noticed: console errors, dialogs, requests off the site."""

    page: Any
    base: str
    built: Built
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        """Go to a path of the site and wait until it has settled."""
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")


@contextmanager
def _reading(browser: Any, base: str, built: Built) -> Iterator[Reader]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    seen = Reader(page, base, built)
    page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.errors.append(str(e)))

    def _dialog(dialog: Any) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", _dialog)
    page.on("request", lambda r: None if r.url.startswith(base) else seen.foreign.append(r.url))
    try:
        yield seen
    finally:
        context.close()
    assert seen.errors == [], seen.errors
    assert seen.dialogs == [], seen.dialogs
    assert seen.foreign == [], seen.foreign


@pytest.fixture
def reader(browser: Any, served: tuple[str, Built]) -> Iterator[Reader]:
    """A fresh tab; afterwards no console error, dialog or foreign request may have occurred."""
    with _reading(browser, *served) as seen:
        yield seen


@pytest.fixture(params=["one bundle", "batches of 2"])
def searcher(request: pytest.FixtureRequest, browser: Any) -> Iterator[Reader]:
    """A reader of the site indexed in one Pagefind bundle, then of it indexed in batches."""
    name = "served" if request.param == "one bundle" else "served_in_batches"
    with _reading(browser, *request.getfixturevalue(name)) as seen:
        yield seen


#: The widths every page is tried at: a desktop and a phone.
WIDTHS = {"desktop": 1280, "mobile": 390}


@pytest.fixture(params=list(WIDTHS))
def tab(request: pytest.FixtureRequest, browser: Any) -> Iterator[tuple[Any, str]]:
    """A tab at a desktop or a phone width; no script error may occur in it."""
    context = browser.new_context(viewport={"width": WIDTHS[request.param], "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        yield page, request.param
    finally:
        context.close()
    assert errors == []


def shot(page: Any, name: str, element: Any | None = None) -> None:
    """A screenshot into test-artifacts/: the whole page, or one element of it."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = str(ARTIFACTS / f"{name}.png")
    if element is None:
        page.screenshot(path=path, full_page=True)
    else:
        element.screenshot(path=path)
