"""`briefings ingest URL`: pages fetched from a local test server only, never the network."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import generator.extract
from generator.fetch import FetchError, fetch_seed, seed_name
from tests.conftest import FIXTURES, Result
from tests.test_seed_inputs import fake_extract

WEB = FIXTURES / "seeds_web"
PAGES: dict[str, tuple[int, str, bytes]] = {
    "/news/harbour": (200, "text/html; charset=utf-8", (WEB / "harbour.html").read_bytes()),
    "/news/ferry": (200, "text/html", (WEB / "short.htm").read_bytes()),
    "/feed.xml": (200, "application/rss+xml", (WEB / "news.rss").read_bytes()),
    "/latin": (
        200,
        "text/html; charset=iso-8859-1",
        (WEB / "short.htm").read_text("utf-8").replace("island", "île").encode("latin-1"),
    ),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n"),
    "/undefined": (200, "text/html; charset=undefined", (WEB / "short.htm").read_bytes()),
}

REDIRECTS = {"/old/ferry": "/news/ferry", "/to-ftp": "ftp://127.0.0.1/story.html"}


class Handler(BaseHTTPRequestHandler):
    """Serves PAGES and REDIRECTS; /slow answers too late; anything else is a 404."""

    def do_GET(self) -> None:
        if self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        status, kind, body = PAGES.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The timeout test's client gives up before /slow answers.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet: the tests read outcomes, not the server's log."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a local HTTP server on a free port of 127.0.0.1."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def fast_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's ingest uses the stand-in extractor (no spaCy) for these tests."""
    monkeypatch.setattr(generator.extract, "extract", fake_extract)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_ingest_url_fetches_the_page_into_seeds_and_makes_its_record(
    project: Path, run: Callable[..., Result], server: str, fast_extract: None
) -> None:
    """`ingest URL` saves the page under seeds/web/ and creates its record from it."""
    url = f"{server}/news/harbour"
    result = run("--root", project, "ingest", url)
    seed = f"seeds/web/{seed_name(url, '.html')}"
    assert (result.code, result.out) == (
        0,
        f"{seed}: created briefings/harbour-bridge-reopens-after-repairs.yaml\n",
    )
    assert (project / seed).read_text("utf-8").startswith(f'---\nurl: "{url}"\n---\n<!DOCTYPE')


def test_ingest_url_twice_and_then_all_seeds_changes_nothing(
    project: Path, run: Callable[..., Result], server: str, fast_extract: None
) -> None:
    """Re-running `ingest URL`, then plain `ingest` (as make site does) is idempotent."""
    url = f"{server}/news/ferry"
    run("--root", project, "ingest", url)
    seed = project / "seeds" / "web" / seed_name(url, ".html")
    before = seed.stat().st_mtime_ns
    again = run("--root", project, "ingest", url)
    assert (again.code, again.out.split(": ")[1]) == (
        0,
        "unchanged briefings/ferry-timetable-changes.yaml\n",
    )
    assert seed.stat().st_mtime_ns == before
    offline = run("--root", project, "ingest")
    assert offline.out.endswith("unchanged briefings/ferry-timetable-changes.yaml\n")


def test_a_fetched_feed_gives_one_record_per_item(
    project: Path, run: Callable[..., Result], server: str, fast_extract: None
) -> None:
    """A feed URL is kept as a .xml seed whose items become records."""
    result = run("--root", project, "ingest", f"{server}/feed.xml")
    assert result.code == 0
    assert result.out.count(": created briefings/") == 2
    assert "#herald-1001: created" in result.out


def test_http_errors_and_a_dead_server_are_one_line_skips(
    project: Path, run: Callable[..., Result], server: str, fast_extract: None
) -> None:
    """404, a refused connection and an image are each one skipped line; good URLs go on."""
    dead = f"http://127.0.0.1:{closed_port()}/story"
    result = run(
        "--root", project, "ingest", f"{server}/gone", dead, f"{server}/logo.png",
        f"{server}/news/ferry",
    )  # fmt: skip
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[:3] == [
        f"{server}/gone: skipped (HTTP error 404 Not Found)",
        f"{dead}: skipped (the server refused the connection)",
        f"{server}/logo.png: skipped (not a web page or feed (content type image/png))",
    ]
    assert lines[3].endswith("created briefings/ferry-timetable-changes.yaml")


def test_a_server_that_does_not_answer_times_out(tmp_path: Path, server: str) -> None:
    """A page that takes longer than the timeout is a FetchError saying so, in time."""
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"^no answer within 0\.3 seconds$"):
        fetch_seed(f"{server}/slow", tmp_path, timeout=0.3)
    assert time.monotonic() - started < 1.4
    assert not (tmp_path / "web").exists()


def test_a_page_in_a_declared_charset_is_kept_as_utf8(tmp_path: Path, server: str) -> None:
    """A Latin-1 page (charset in the HTTP header) is saved as UTF-8, its accents intact."""
    path = fetch_seed(f"{server}/latin", tmp_path)
    assert "The île ferry will leave" in path.read_text("utf-8")


def test_redirects_are_followed_to_web_pages_only(tmp_path: Path, server: str) -> None:
    """A moved page is fetched from its new address (kept as its url); ftp is refused."""
    path = fetch_seed(f"{server}/old/ferry", tmp_path)
    assert path.name == seed_name(f"{server}/old/ferry", ".html")
    assert path.read_text("utf-8").startswith(f'---\nurl: "{server}/news/ferry"\n---\n')
    with pytest.raises(FetchError, match=r"^redirected to ftp:, not a web page$"):
        fetch_seed(f"{server}/to-ftp", tmp_path)


def test_a_malformed_url_is_a_skip_and_the_other_urls_go_on(
    project: Path, run: Callable[..., Result], server: str, fast_extract: None
) -> None:
    """A URL whose host cannot be parsed ("http://[::1") is one skipped line; the rest go on."""
    result = run("--root", project, "ingest", "http://[::1", f"{server}/news/ferry")
    lines = result.out.splitlines()
    assert lines[0] == "http://[::1: skipped (cannot fetch (ValueError: Invalid IPv6 URL))"
    assert lines[1].endswith("created briefings/ferry-timetable-changes.yaml")


def test_a_charset_python_cannot_decode_with_keeps_the_page_as_sent(
    tmp_path: Path, server: str
) -> None:
    """A page whose server names the "undefined" charset is saved as it came."""
    path = fetch_seed(f"{server}/undefined", tmp_path)
    assert path.read_bytes().endswith((WEB / "short.htm").read_bytes())
