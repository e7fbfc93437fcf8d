"""`briefings ingest URL`: a web page or feed fetched once and kept as a seed file.

A fetched page is saved under ``seeds/web/`` (its name made from the URL, so the
same URL always lands in the same file) with the URL it came from in front
matter, and then ingested like any saved page. So the record's ``seed.path``
names a file in the repository, ``make site`` rebuilds it offline, and running
the same command again is idempotent: the file is rewritten only when the
article in it changed, not when an advert or a token in the page did.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Sequence
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from slugify import slugify

from generator.atomic import write_atomic
from generator.seed_bytes import SeedError, text_of
from generator.seed_feeds import looks_like_feed
from generator.seeds import MAX_SEED_BYTES
from generator.web_pages import read_page

#: Seconds to wait for a server to connect and then for each read.
FETCH_TIMEOUT = 20.0
#: Folder under seeds/ that holds fetched pages.
WEB_FOLDER = "web"

_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """A URL that gave no page; the message is one line that says why."""


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) only (urllib would also follow one to ftp)."""

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        if not _URL.match(newurl):
            raise FetchError(f"redirected to {newurl.split(':', 1)[0]}:, not a web page")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def is_url(argument: str | Path) -> bool:
    """An http(s) URL rather than a path."""
    return isinstance(argument, str) and _URL.match(argument) is not None


def seed_name(url: str, suffix: str) -> str:
    """The file name a fetched URL is kept under: readable, and one per URL."""
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    slug = slugify(f"{parts.path} {parts.query}", max_length=60, word_boundary=True)
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{slugify(host)}-{slug + '-' if slug else ''}{digest}{suffix}"


def _why(error: BaseException, timeout: float) -> str:
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} seconds"
    if isinstance(reason, socket.gaierror):
        return "cannot find the server (offline, or a mistyped host name?)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect ({reason.strerror})"
    return f"cannot fetch ({reason})"


def fetch(url: str, timeout: float = FETCH_TIMEOUT) -> tuple[bytes, str, Message]:
    """(body, final URL after redirects, headers) of a URL; raises FetchError."""
    try:
        # Inside the try: a malformed host ("http://[::1") fails already here, in urlsplit.
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": "briefings-ingest/1 (a newsroom's briefing generator)",
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                "application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
            },
        )
        with urllib.request.build_opener(_WebRedirects).open(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_SEED_BYTES + 1)
            final: str = response.geturl()
            headers: Message = response.headers
    except urllib.error.HTTPError as error:
        raise FetchError(f"HTTP error {error.code} {error.reason}") from error
    except (urllib.error.URLError, OSError) as error:
        raise FetchError(_why(error, timeout)) from error
    except (http.client.HTTPException, ValueError) as error:
        raise FetchError(f"cannot fetch ({type(error).__name__}: {error})") from error
    if len(body) > MAX_SEED_BYTES:
        raise FetchError(f"the page is over the seed size limit of {MAX_SEED_BYTES} bytes")
    return body, final, headers


def _as_utf8(body: bytes, headers: Message) -> bytes:
    """The body in UTF-8 when the server named another charset that decodes it."""
    charset = headers.get_content_charset()
    if not charset or charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        return body
    try:
        return body.decode(charset).encode("utf-8")
    except (LookupError, UnicodeError):
        # UnicodeError, not only its DecodeError: the "undefined" codec raises the base class.
        return body


def _article(data: bytes) -> object:
    """What an HTML seed file says, for telling a changed article from a changed page."""
    try:
        text, _ = text_of(data)
        return read_page(text.split("\n---\n", 1)[-1])
    except SeedError:
        return data


def _seed_file(url: str, body: bytes, final: str, headers: Message) -> tuple[str, bytes]:
    kind = headers.get_content_type()
    if looks_like_feed(body):
        return ".xml", body
    if kind in _HTML_TYPES or body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        # The URL goes into front matter, so the record's source survives a page without
        # a canonical link; json quoting is valid YAML for any URL.
        front = f"---\nurl: {json.dumps(final, ensure_ascii=True)}\n---\n".encode()
        return ".html", front + _as_utf8(body, headers)
    if kind == "text/plain":
        return ".txt", _as_utf8(body, headers)
    raise FetchError(f"not a web page or feed (content type {kind})")


def fetch_seed(url: str, seeds: Path, timeout: float = FETCH_TIMEOUT) -> Path:
    """Fetch a URL into seeds/web/ and return the seed file; raises FetchError."""
    body, final, headers = fetch(url, timeout)
    suffix, data = _seed_file(url, body, final, headers)
    path = seeds / WEB_FOLDER / seed_name(url, suffix)
    if path.is_file():
        old = path.read_bytes()
        if old == data or (suffix == ".html" and _article(old) == _article(data)):
            return path
    write_atomic(path, data)
    return path


def fetch_arguments(
    arguments: Sequence[str | Path], seeds: Path, timeout: float = FETCH_TIMEOUT
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Seed paths for ingest's arguments, URLs fetched first; and (URL, why) of each URL
    that could not be fetched, so that the other arguments still go ahead."""
    paths: list[Path] = []
    failed: list[tuple[str, str]] = []
    for argument in arguments:
        if not is_url(argument):
            paths.append(Path(argument))
            continue
        try:
            paths.append(fetch_seed(str(argument), seeds, timeout))
        except FetchError as error:
            failed.append((str(argument), str(error)))
    return paths, failed
