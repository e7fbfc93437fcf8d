"""`briefings serve` run for real: a child process serving the preview, read over HTTP."""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

import pytest

from tests.site.helpers import SAMPLE_ID, fetch, preview_project, retitle, serving


@pytest.mark.slow
def test_serve_shows_an_edited_record(tmp_path: Path) -> None:
    """`serve` previews the site and shows a record's edit after the automatic rebuild."""
    root = preview_project(tmp_path)
    log = tmp_path / "serve.log"
    with serving(root, production=True, log=log) as port:
        url = f"http://127.0.0.1:{port}/briefings/{SAMPLE_ID}/"
        assert "visits Baghdad" in fetch(url)
        # The preview runs Pagefind after each build too: its search page works.
        deadline = time.monotonic() + 30
        while True:  # the preview indexes in the background, after its build
            try:
                entry = json.loads(fetch(f"http://127.0.0.1:{port}/pagefind/pagefind-entry.json"))
                break
            except json.JSONDecodeError:  # Pagefind is writing it right now
                assert time.monotonic() < deadline, "the preview's search index never ended"
                time.sleep(0.3)
        assert entry["languages"]["en"]["page_count"] >= 1
        # Production preview: the draft is left out.
        with pytest.raises(OSError):
            urllib.request.urlopen(
                f"http://127.0.0.1:{port}/briefings/hussein-meets-iranian-counterpart-in-tehran/",
                timeout=5,
            )
        retitle(root, "Edited headline")
        deadline = time.monotonic() + 30
        while "Edited headline" not in fetch(url):
            assert time.monotonic() < deadline, "the edit never reached the preview"
            time.sleep(0.5)
        # The rebuild after the edit is dirty; the engine's warning about that is not shown.
        assert "dirty" not in log.read_text("utf-8", errors="replace")
        # The editor's own about page, beside mkdocs.yml, replaces the generated one.
        (root / "about.md").write_text("# About us\n\nThree reporters in a shed.\n", "utf-8")
        deadline = time.monotonic() + 30
        while "Three reporters in a shed" not in fetch(f"http://127.0.0.1:{port}/about/"):
            assert time.monotonic() < deadline, "the about page never reached the preview"
            time.sleep(0.5)
        # A broken record: every served page says so in a banner until it is fixed.
        record = root / "briefings" / f"{SAMPLE_ID}.yaml"
        good = record.read_text("utf-8")
        record.write_text(good + "bad: [\n", "utf-8")
        deadline = time.monotonic() + 30
        while "briefings-preview-problems" not in fetch(f"http://127.0.0.1:{port}/"):
            assert time.monotonic() < deadline, "the broken record never showed in the page"
            time.sleep(0.5)
        record.write_text(good, "utf-8")
        deadline = time.monotonic() + 30
        while "briefings-preview-problems" in fetch(f"http://127.0.0.1:{port}/"):
            assert time.monotonic() < deadline, "the fixed record's banner never went away"
            time.sleep(0.5)
        # A theme edit reaches every page, not only those whose Markdown changed.
        theme = root / "overrides" / "main.html"
        marker = '<meta name="x-restyled" content="yes">'
        theme.write_text(
            theme.read_text("utf-8").replace(
                "{% block extrahead %}", "{% block extrahead %}" + marker
            ),
            "utf-8",
        )
        home = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 30
        while marker not in fetch(url) or marker not in fetch(home):
            assert time.monotonic() < deadline, "the theme edit never reached the preview"
            time.sleep(0.5)


@pytest.mark.slow
def test_serve_keeps_serving_when_a_theme_edit_breaks_the_build(tmp_path: Path) -> None:
    """A template error stops the build, not the preview: pages load under a banner naming it."""
    # The banner names the file and line, and stays until the template is fixed.
    root = preview_project(tmp_path)
    theme = root / "overrides" / "main.html"
    good = theme.read_text("utf-8")
    with serving(root, production=True, log=tmp_path / "serve.log") as port:
        home = f"http://127.0.0.1:{port}/"
        assert "briefings-preview-problems" not in fetch(home)
        theme.write_text(good.replace("{% block extrahead %}", "{% block extrahead %}{% if %}"))
        deadline = time.monotonic() + 30
        while "The site did not build" not in (page := fetch(home)):
            assert time.monotonic() < deadline, "the failed build never showed in the page"
            time.sleep(0.5)
        assert f"{theme}:" in page
        theme.write_text(good, "utf-8")
        deadline = time.monotonic() + 30
        while "briefings-preview-problems" in fetch(home):
            assert time.monotonic() < deadline, "the fixed template's banner never went away"
            time.sleep(0.5)
