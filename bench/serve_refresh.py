"""Seconds from saving a record to the live preview showing the change in a browser.

Usage: python bench/serve_refresh.py PROJECT PORT [--edits K]
(make PROJECT with ``bench.synth.make_project(Path(PROJECT), 1000)``).

A headless chromium (Debian's /usr/bin/chromium through Playwright) keeps the
edited briefing's page open, as an editor would; each edit retitles the record
and the clock stops when the page MkDocs' livereload reloaded shows the new
title. Without chromium it polls the page over HTTP instead (a little earlier
than a browser: the page is served before the rebuild ends). Prints each time,
the median, and the render and rebuild times the preview logged; then the time
an edit of the briefing template (which changes every briefing page) takes to
show, polled over HTTP. Also checks
that a broken record is reported and the server keeps running.
"""

from __future__ import annotations

import argparse
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
LOG = Path("/tmp/briefings-serve.log")


def get(port: str, path: str) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return str(response.read().decode())
    except OSError:
        return ""


def retitle(record: Path, marker: str) -> None:
    text = re.sub(
        r"^title: (Edited\d+x )?", f"title: {marker} ", record.read_text(), count=1, flags=re.M
    )
    record.write_text(text)


def timed_edits(record: Path, edits: int, shown: Callable[[str], bool]) -> list[float]:
    seconds = []
    for n in range(edits):
        marker = f"Edited{n}x"
        saved = time.monotonic()
        retitle(record, marker)
        while not shown(marker):
            if time.monotonic() - saved > 120:
                break
        seconds.append(round(time.monotonic() - saved, 2))
        time.sleep(4)  # let background search indexing of this edit end
    return seconds


def with_browser(port: str, record: Path, edits: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}/briefings/{record.stem}/")

        def shown(marker: str) -> bool:
            try:
                page.wait_for_load_state("load", timeout=20_000)
                return marker in page.title()
            except Exception:  # the reload replaced the document mid-call
                return False
            finally:
                page.wait_for_timeout(20)

        try:
            return timed_edits(record, edits, shown)
        finally:
            browser.close()


def over_http(port: str, record: Path, edits: int) -> list[float]:
    def shown(marker: str) -> bool:
        time.sleep(0.02)
        return marker in get(port, f"/briefings/{record.stem}/")

    return timed_edits(record, edits, shown)


def logged(pattern: str, text: str) -> list[float]:
    return [float(x) for x in re.findall(pattern, text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("port")
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    root, port = args.root, args.port
    with LOG.open("w") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "generator",
                "--root",
                str(root),
                "serve",
                "--dev-addr",
                f"127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        start = time.monotonic()
        while "Briefings" not in get(port, "/"):
            time.sleep(0.2)
            if time.monotonic() - start > 600:
                sys.exit("the preview never started")
        print(f"first build served after {time.monotonic() - start:.1f}s")
        time.sleep(8)  # the first search index
        record = sorted((root / "briefings").glob("*.yaml"))[10]
        good = record.read_text()
        browser = CHROMIUM.exists()
        seconds = (with_browser if browser else over_http)(port, record, args.edits)
        text = LOG.read_text()
        print(f"refresh seconds ({'browser' if browser else 'http'}): {seconds}")
        print(f"median: {statistics.median(seconds):.2f}s")
        print(
            "render seconds:",
            logged(r"rendered \d+ page\(s\), removed \d+ in ([\d.]+) seconds", text),
        )
        print(
            "MkDocs rebuild seconds:", logged(r"Documentation built in ([\d.]+) seconds", text)[1:]
        )
        template = root / "templates" / "briefing.md.j2"
        original = template.read_text()
        saved = time.monotonic()
        template.write_text(original + "\nTemplateEdited\n")
        while "TemplateEdited" not in get(port, f"/briefings/{record.stem}/"):
            time.sleep(0.1)
            if time.monotonic() - saved > 300:
                break
        print(f"template edit (every briefing page changes), http: {time.monotonic() - saved:.1f}s")
        template.write_text(original)
        time.sleep(20)
        record.write_text(good + "bad: [\n")
        time.sleep(6)
        print(
            "alive after broken record:",
            proc.poll() is None,
            "| error logged:",
            "syntax error" in LOG.read_text(),
        )
        record.write_text(good)
        time.sleep(4)
        proc.send_signal(signal.SIGINT)
        proc.wait(90)


if __name__ == "__main__":
    main()
