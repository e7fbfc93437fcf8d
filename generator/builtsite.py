"""A built site as the site check reads it: its files, and each HTML page's links and ids.

It reads files only (no MkDocs import), so it works on any static site build.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import repeat
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.problems import Problem

# Which attribute of which tag is a URL the browser (or a reader's click) fetches.
_URL_ATTRS = {
    "a": "href",
    "area": "href",
    "link": "href",
    "img": "src",
    "script": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
}
_PARALLEL_FROM = 400  # HTML files; below this one process is faster than several
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    """One URL found in a file: where, what it said, and the file it resolves to."""

    line: int
    href: str
    target: str | None  # site-relative file it points to; None when external
    fragment: str
    scheme: str
    tag: str = "a"


@dataclass
class Document:
    """What the check needs from one HTML file: its ids and its links."""

    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    targets: frozenset[str] | None = None  # filled in lazily by _targets


@dataclass(frozen=True)
class Site:
    """A built site read once: every file, and every HTML document parsed."""

    root: Path
    files: frozenset[str]
    documents: dict[str, Document]
    base_path: str

    def show(self, rel: str) -> str:
        """How a file of the site is named in messages: ``site/people/x/index.html``."""
        return f"{self.root.name}/{rel}" if rel else self.root.name


# --- reading ------------------------------------------------------------------------


def resolve(page: str, href: str, base_path: str = "/") -> tuple[str | None, str, str]:
    """(site-relative target, fragment, scheme) of ``href`` found in file ``page``.

    The target is None for external URLs. Directory URLs (``people/x/``) are
    left ending in ``/``; :func:`target_file` maps them to index.html.
    """
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc:
        return None, "", parts.scheme.lower()
    fragment = unquote(parts.fragment)
    path = unquote(parts.path)
    if not path:
        return page, fragment, ""
    if path.startswith("/"):
        # Absolute links (MkDocs writes them into 404.html) start with the
        # site's path on its host, e.g. /repo/ on GitHub Pages.
        if not path.startswith(base_path):
            return "..", fragment, ""  # on the host, but above the site: outside it
        path = path[len(base_path) :]
        joined = path
    else:
        joined = posixpath.join(posixpath.dirname(page), path)
    is_dir = path.endswith("/") or posixpath.basename(path) in ("", ".", "..")
    normal = posixpath.normpath(joined) if joined else "."
    if normal == ".":
        return "/", fragment, ""
    return normal + ("/" if is_dir else ""), fragment, ""


def target_file(target: str, files: frozenset[str]) -> str:
    """The file a resolved target serves: a directory serves its index.html."""
    if target == "/":
        return "index.html"
    if target.endswith("/"):
        return target + "index.html"
    if target in files:
        return target
    # "people/x" without the slash: servers redirect to the folder's index.
    index = target + "/index.html"
    return index if index in files else target


class _Parser(HTMLParser):
    def __init__(self, page: str, base_path: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.base_path = base_path
        self.document = Document()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = _URL_ATTRS.get(tag)
        values = dict(attrs)
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.document.ids.add(value)
            elif name == wanted:
                self._link(value, tag)
        # Redirect pages send readers on with <meta http-equiv="refresh">.
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            match = _REFRESH_URL.search(values.get("content") or "")
            if match:
                self._link(match.group(1), tag)

    def _link(self, href: str, tag: str) -> None:
        target, fragment, scheme = resolve(self.page, href, self.base_path)
        line = self.getpos()[0]
        self.document.links.append(Link(line, href, target, fragment, scheme, tag))


def parse_html(page: str, text: str, base_path: str = "/") -> Document:
    """Ids and links of one HTML file (``page`` is its site-relative path)."""
    parser = _Parser(page, base_path)
    parser.feed(text)
    parser.close()
    return parser.document


def _parse_files(site_dir: Path, rels: list[str], base_path: str) -> list[Document]:
    return [
        parse_html(rel, (site_dir / rel).read_text("utf-8", errors="replace"), base_path)
        for rel in rels
    ]


def _parse_all(site_dir: Path, rels: list[str], base_path: str) -> list[Document]:
    # html.parser is pure Python and parsing is most of the time (~2 ms a page),
    # so big sites are parsed on every core; small ones are not worth a fork.
    workers = min(os.cpu_count() or 1, 8)
    if workers == 1 or len(rels) < _PARALLEL_FROM:
        return _parse_files(site_dir, rels, base_path)
    chunks = [rels[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        parsed = list(pool.map(_parse_files, repeat(site_dir), chunks, repeat(base_path)))
    documents: list[Document] = [Document()] * len(rels)
    for index, chunk in enumerate(parsed):
        documents[index::workers] = chunk
    return documents


def read_site(site_dir: Path, base_path: str = "/") -> Site:
    """Every file of the site, with every HTML file parsed."""
    files = frozenset(
        path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file()
    )
    pages = sorted(rel for rel in files if rel.endswith(".html"))
    documents = dict(zip(pages, _parse_all(site_dir, pages, base_path), strict=True))
    return Site(site_dir, files, documents, base_path)


# Schemes an <a> may use; anything else (javascript:, data:...) is a problem,
# since DESIGN.md promises that only http(s) links are emitted.
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def link_problem(site: Site, page: str, link: Link) -> Problem | None:
    """What is wrong with ``link`` on ``page``: outside the site, missing target or anchor."""
    shown = site.show(page)
    if link.target is None:
        # Only a reader's click is judged by scheme; assets may be data: URLs.
        if link.tag != "a" or link.scheme in _LINK_SCHEMES or not link.scheme:
            return None
        return Problem(shown, link.line, "link", f"'{link.href}' uses {link.scheme}:, not http(s)")
    if link.target.startswith("../") or link.target == "..":
        served = f" (served under {site.base_path})" if site.base_path != "/" else ""
        return Problem(shown, link.line, "link", f"'{link.href}' points outside the site{served}")
    file = target_file(link.target, site.files)
    if file not in site.files:
        return Problem(
            shown, link.line, "link", f"'{link.href}' points to {file}, which does not exist"
        )
    if link.fragment and file in site.documents and link.fragment not in site.documents[file].ids:
        return Problem(
            shown,
            link.line,
            "anchor",
            f"'{link.href}' points to #{link.fragment}, which {file} does not have",
        )
    return None


def load_json(site: Site, rel: str) -> tuple[Any, list[Problem]]:
    """The JSON file ``rel`` of the site, or None and the problem of reading it."""
    try:
        return json.loads((site.root / rel).read_text("utf-8")), []
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        line = error.lineno if isinstance(error, json.JSONDecodeError) else 0
        reason = error.msg if isinstance(error, json.JSONDecodeError) else "not UTF-8"
        return None, [Problem(site.show(rel), line, "json", f"not valid JSON: {reason}")]
