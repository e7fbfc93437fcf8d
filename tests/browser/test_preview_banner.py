"""The live preview in chromium: a broken record's problems show on the page until fixed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS
from tests.site.helpers import SAMPLE_ID, fetch, preview_project, serving

BANNER = ".briefings-preview-problems"
#: How long any step of the page may take before the test fails.
SLOW_MACHINE_MS = 90_000


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`briefings serve` of a copy of the fixture project; yields its URL and project folder."""
    root = preview_project(tmp_path_factory.mktemp("preview"))
    with serving(root, production=False) as port:
        base = f"http://127.0.0.1:{port}"
        fetch(f"{base}/briefings/{SAMPLE_ID}/")
        yield base, root


@pytest.mark.parametrize("width", [1280, 390])
def test_broken_record_shows_in_the_page_until_fixed(
    browser: Any, preview: tuple[str, Path], width: int
) -> None:
    """Breaking a record puts its problem on top of the open page; fixing it takes it away."""
    base, root = preview
    record = root / "briefings" / f"{SAMPLE_ID}.yaml"
    good = record.read_text("utf-8")
    context = browser.new_context(viewport={"width": width, "height": 900})
    # Generous: the preview rebuilds and reloads the page on a busy two-core machine, and
    # every wait below returns as soon as the page is ready.
    context.set_default_timeout(SLOW_MACHINE_MS)
    page = context.new_page()
    try:
        page.goto(f"{base}/")
        assert page.locator(BANNER).count() == 0
        record.write_text(good + "bad: [\n", "utf-8")
        # The open page reloads by itself (livereload) and shows the banner. It may reload
        # more than once while the preview rebuilds, so each check waits for the page that
        # stays rather than reading the first one.
        banner = page.locator(BANNER)
        expect(banner).to_be_visible(timeout=SLOW_MACHINE_MS)
        expect(banner).to_have_attribute("role", "alert", timeout=SLOW_MACHINE_MS)
        expect(banner).to_contain_text(f"briefings/{SAMPLE_ID}.yaml:", timeout=SLOW_MACHINE_MS)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"preview-problem-{width}.png"))
        record.write_text(good, "utf-8")
        banner.wait_for(state="detached")
    finally:
        record.write_text(good, "utf-8")
        context.close()
