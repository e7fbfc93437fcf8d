"""Helpers shared by the site and browser tests: fixture records and one-call builds."""

from __future__ import annotations

import copy
import datetime as dt
import html.parser
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.commands import scaffold
from generator.docswriter import RenderResult
from generator.mkdocs.build import build_site
from generator.render import render_site
from generator.yamlio import load_yaml

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
FIXTURES = ROOT / "tests" / "fixtures" / "site"
SAMPLE_ID = "syrian-foreign-minister-visits-baghdad"
HOSTILE_ID = "hostile-record"
DRAFT_ID = "hussein-meets-iranian-counterpart-in-tehran"


def load_records(folder: Path) -> list[dict[str, Any]]:
    """Every record in ``folder`` (fixtures are valid; loading problems fail loudly)."""
    records = []
    for path in sorted(folder.glob("*.yaml")):
        loaded = load_yaml(path.read_text("utf-8"), str(path))
        assert not loaded.problems, loaded.problems
        records.append(loaded.data)
    return records


def fixture_records(*, hostile: bool = True) -> list[dict[str, Any]]:
    """The realistic fixture records, plus the hostile one unless told not to."""
    records = load_records(FIXTURES / "records")
    if hostile:
        records += load_records(FIXTURES / "hostile")
    return copy.deepcopy(records)


def render(records: list[dict[str, Any]], out: Path, *, production: bool = False) -> RenderResult:
    """Render ``records`` into ``out`` with the project's templates."""
    return render_site(records, out, templates_dir=TEMPLATES, production=production)


@dataclass
class Built:
    """A rendered and built site."""

    docs: Path
    site: Path
    records: list[dict[str, Any]] = field(default_factory=list)


def build(records: list[dict[str, Any]], base: Path, *, production: bool = False) -> Built:
    """Render then ``mkdocs build --strict`` into ``base``/docs and ``base``/site."""
    docs, site = base / "docs", base / "site"
    render(records, docs, production=production)
    build_site(ROOT, docs_dir=docs, site_dir=site, strict=True)
    return Built(docs, site, records)


_CAPTURED = ("script", "title", "a", "h1", "h2", "h3", "h4", "h5", "h6")


class Page(html.parser.HTMLParser):
    """What the tests look at in a built page: elements with attributes, and text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.links: list[tuple[dict[str, str | None], str]] = []
        self.headings: list[tuple[int, str]] = []
        self.title = ""
        self.lang: str | None = None
        self._open: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag in _CAPTURED:
            self._open.append((tag, dict(attrs), []))

    def handle_endtag(self, tag: str) -> None:
        if not self._open or self._open[-1][0] != tag:
            return
        _, attrs, parts = self._open.pop()
        text = " ".join("".join(parts).split())
        if tag == "script":
            self.scripts.append((attrs, "".join(parts)))
        elif tag == "title":
            # The first <title> is the document's; later ones label inline SVG.
            self.title = self.title or text
        elif tag == "a":
            self.links.append((attrs, text))
        else:
            self.headings.append((int(tag[1]), text))

    def handle_data(self, data: str) -> None:
        for _, _, parts in self._open:
            parts.append(data)


def parse(path: Path) -> Page:
    """Parse a built HTML file."""
    return Page(path.read_text("utf-8"))


def make_record(record_id: str, date: str, **fields: Any) -> dict[str, Any]:
    """A minimal valid record; ``fields`` replace the defaults."""
    record = scaffold(f"Title of {record_id}", record_id, dt.date.fromisoformat(date))
    record.update(
        status="published",
        source={"name": "Example Wire", "url": "https://wire.example/"},
        summary=f"Summary of {record_id}.",
        key_points=["One.", "Two.", "Three."],
        body=f"Body of {record_id}.\n",
    )
    record.update(fields)
    return record


def person(name: str, role: str | None = None, *aliases: str) -> dict[str, Any]:
    """A people[] entry."""
    return {"name": name, "role": role, "aliases": list(aliases)}


def place(name: str, kind: str, code: str | None, *aliases: str) -> dict[str, Any]:
    """A places[] entry."""
    return {"name": name, "kind": kind, "country_code": code, "aliases": list(aliases)}


def named(name: str, *aliases: str) -> dict[str, Any]:
    """An organizations[] or groups[] entry."""
    return {"name": name, "aliases": list(aliases)}


def preview_project(tmp_path: Path) -> Path:
    """A throw-away project: mkdocs.yml, overrides, templates and the fixture records."""
    for name in ("templates", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(FIXTURES / "records", tmp_path / "briefings")
    return tmp_path


def retitle(root: Path, title: str) -> None:
    """Give the sample record of a preview project a new title."""
    path = root / "briefings" / f"{SAMPLE_ID}.yaml"
    text = path.read_text("utf-8").replace(
        "title: Syria's interim foreign minister visits Baghdad", f"title: {title}", 1
    )
    path.write_text(text, "utf-8")


def free_port() -> int:
    """A local TCP port that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, timeout: float = 30) -> str:
    """The page at ``url``, asked again until ``timeout`` while the server is not up yet;
    each request gives up after 5 s, so a server that holds requests fails the test."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@contextmanager
def serving(root: Path, *, production: bool, log: Path | None = None) -> Iterator[int]:
    """`briefings serve` of ``root`` in a child process (its stderr in ``log``, if given);
    yields its port and stops it (SIGINT, then a kill) when the block ends."""
    port = free_port()
    code = (
        "from pathlib import Path; from generator.mkdocs.preview import serve; "
        f"serve(Path({str(root)!r}), production={production}, dev_addr='127.0.0.1:{port}')"
    )
    with open(log or os.devnull, "wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        try:
            yield port
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
