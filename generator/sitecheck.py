"""Our own check over the built site, run after ``briefings build`` in CI.

MkDocs' strict mode only sees the Markdown links it resolves itself; this reads
the HTML that will actually be published and checks what readers and feed
readers rely on: internal links and #anchors resolve, feeds and JSON parse,
every briefing that should be there has its page (and in production no draft
has one), each hub a briefing links to links back to it, every briefing is on
the timeline and every hub in its A-Z index (on pages a reader reaches from
their first page by following links: big ones are split), each old id in
``redirect_from`` still leads somewhere, and search finds every briefing once
with each result opening a page of the site.

It reads files only (no MkDocs import), so it works on any static site build.
Run it as ``python -m generator.sitecheck [--production]``.
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import repeat
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.layout import KINDS, briefing_file, redirect_file
from generator.problems import Problem, UsageError, format_problems
from generator.search_index import read_fragment

ATOM = "{http://www.w3.org/2005/Atom}"
HUB_KINDS = tuple(KINDS)
# A hub's first page; later pages live below it (people/x/page-2/index.html).
_HUB_PAGE = re.compile(r"^(" + "|".join(HUB_KINDS) + r")/([^/]+)/index\.html$")
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
# Schemes an <a> may use; anything else (javascript:, data:...) is a problem,
# since DESIGN.md promises that only http(s) links are emitted.
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
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


# --- checks ---------------------------------------------------------------------------


def _link_problem(site: Site, page: str, link: Link) -> Problem | None:
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


def check_links(site: Site) -> list[Problem]:
    """Every internal link and #anchor of every HTML file resolves."""
    problems = []
    for page, document in site.documents.items():
        for link in document.links:
            problem = _link_problem(site, page, link)
            if problem is not None:
                problems.append(problem)
    return problems


def _parse_xml(site: Site, rel: str) -> tuple[ET.Element | None, list[Problem]]:
    try:
        return ET.parse(site.root / rel).getroot(), []
    except ET.ParseError as error:
        line = error.position[0]
        return None, [Problem(site.show(rel), line, "xml", f"not well-formed XML: {error.msg}")]


def _feed_links(site: Site, rel: str, feed: ET.Element) -> list[Problem]:
    # Feed readers resolve relative hrefs against the feed's own URL.
    problems = []
    for element in feed.iter(f"{ATOM}link"):
        href = element.get("href") or ""
        target, fragment, scheme = resolve(rel, href, site.base_path)
        problem = _link_problem(site, rel, Link(0, href, target, fragment, scheme))
        if problem is not None:
            problems.append(problem)
    return problems


def check_feeds(site: Site) -> list[Problem]:
    """Every .xml file parses; every feed.xml is an Atom feed whose links resolve."""
    problems = []
    for rel in sorted(f for f in site.files if f.endswith(".xml")):
        root, found = _parse_xml(site, rel)
        problems += found
        if root is None or posixpath.basename(rel) != "feed.xml":
            continue
        if root.tag != f"{ATOM}feed":
            problems.append(
                Problem(site.show(rel), 0, "feed", f"not an Atom feed: the root is <{root.tag}>")
            )
            continue
        problems += _feed_links(site, rel, root)
    return problems


def _load_json(site: Site, rel: str) -> tuple[Any, list[Problem]]:
    try:
        return json.loads((site.root / rel).read_text("utf-8")), []
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        line = error.lineno if isinstance(error, json.JSONDecodeError) else 0
        reason = error.msg if isinstance(error, json.JSONDecodeError) else "not UTF-8"
        return None, [Problem(site.show(rel), line, "json", f"not valid JSON: {reason}")]


def _briefings_json(site: Site, data: Any, expected: set[str], hidden: set[str]) -> list[Problem]:
    shown = site.show("briefings.json")
    if not isinstance(data, dict) or data.get("version") != 1:
        version = data.get("version") if isinstance(data, dict) else None
        return [Problem(shown, 0, "version", f"version is {version!r}, expected 1")]
    listed = data.get("briefings")
    if not isinstance(listed, list):
        return [Problem(shown, 0, "briefings", "'briefings' is not a list")]
    ids = {item.get("id") for item in listed if isinstance(item, dict)}
    problems = [
        Problem(shown, 0, "briefings", f"briefing '{rid}' is missing")
        for rid in sorted(expected - ids)
    ]
    problems += [
        Problem(shown, 0, "briefings", f"draft '{rid}' is listed in a production site")
        for rid in sorted(hidden & ids)
    ]
    return problems


def check_json(site: Site, expected: Iterable[str], hidden: Iterable[str]) -> list[Problem]:
    """Every .json file parses; briefings.json is version 1 and lists exactly what it should."""
    problems = []
    for rel in sorted(f for f in site.files if f.endswith(".json")):
        data, found = _load_json(site, rel)
        problems += found
        if found:
            continue
        if rel == "briefings.json":
            problems += _briefings_json(site, data, set(expected), set(hidden))
    if "briefings.json" not in site.files:
        problems.append(Problem(site.show("briefings.json"), 0, "json", "missing"))
    return problems


_SEARCH_ENTRY = "pagefind/pagefind-entry.json"
_SEARCH_BATCHES = "pagefind/batches.json"


def _search_bundles(site: Site) -> tuple[list[str], list[Problem]]:
    """The folders of the search bundles under pagefind/ ("" is the first), checked
    against the list in batches.json."""
    for rel in (_SEARCH_ENTRY, _SEARCH_BATCHES):
        if rel not in site.files:
            return [], [Problem(site.show(rel), 0, "search", "missing: search cannot work")]
    data, found = _load_json(site, _SEARCH_BATCHES)
    if found:
        return [], found
    merge = data.get("merge") if isinstance(data, dict) else None
    shown = site.show(_SEARCH_BATCHES)
    if not isinstance(merge, list) or not all(isinstance(m, str) for m in merge):
        return [], [Problem(shown, 0, "search", 'expected {"merge": [folders]}')]
    bundles = {  # every folder holding a bundle; "" is the first, pagefind/ itself
        rel.removeprefix("pagefind/").removesuffix("pagefind-entry.json")
        for rel in site.files
        if rel.startswith("pagefind/") and rel.endswith("/pagefind-entry.json")
    }
    problems = [
        Problem(shown, 0, "search", f"bundle {folder} has no pagefind-entry.json")
        for folder in merge
        if folder not in bundles
    ]
    problems += [
        Problem(shown, 0, "search", f"bundle {folder} is not listed: its briefings are unfound")
        for folder in sorted(bundles - set(merge) - {""})
    ]
    return ["", *(folder for folder in merge if folder in bundles)], problems


def _search_results(site: Site, folders: list[str]) -> tuple[dict[str, list[str]], list[Problem]]:
    """Each page a search result opens -> the fragments that lead to it; a result whose
    URL resolves to no page is a broken link a reader can click."""
    results: dict[str, list[str]] = defaultdict(list)
    problems = []
    for folder in folders:
        prefix = f"pagefind/{folder}fragment/"
        for rel in sorted(
            f for f in site.files if f.startswith(prefix) and "/" not in f[len(prefix) :]
        ):
            fragment = read_fragment((site.root / rel).read_bytes())
            url = fragment.get("url") if fragment is not None else None
            if not isinstance(url, str):
                problems.append(Problem(site.show(rel), 0, "search", "not a Pagefind fragment"))
                continue
            # The search page hands Pagefind the site's path as its base URL, so a
            # result's URL is relative to the site's root, not to the host.
            link = Link(0, url, *resolve("index.html", url.lstrip("/")))
            problem = _link_problem(site, rel, link)
            if problem is not None:
                problems.append(problem)
            elif link.target is not None:
                results[target_file(link.target, site.files)].append(rel)
    return results, problems


def check_search(site: Site, expected: Iterable[str], hidden: Iterable[str]) -> list[Problem]:
    """The search index: its first bundle and each bundle batches.json lists (and no other);
    every result opens a page; every briefing is found once; no draft is in production."""
    folders, problems = _search_bundles(site)
    if not folders:
        return problems
    results, found = _search_results(site, folders)
    problems += found
    shown = site.show(_SEARCH_ENTRY)
    for rid in expected:
        page = briefing_file(rid)
        if page not in site.files:
            continue  # reported by check_pages
        count = len(results.get(page, ()))
        if count == 0:
            problems.append(Problem(shown, 0, "search", f"briefing '{rid}' is not in the index"))
        elif count > 1:
            message = f"briefing '{rid}' is in the index {count} times: " + ", ".join(
                site.show(r) for r in sorted(results[page])
            )
            problems.append(Problem(shown, 0, "search", message))
    problems += [
        Problem(shown, 0, "search", f"draft '{rid}' is in the index of a production site")
        for rid in hidden
        if briefing_file(rid) in results
    ]
    return problems


def check_pages(site: Site, expected: Iterable[str], absent: Iterable[str]) -> list[Problem]:
    """Every expected briefing has its page; no left-out (draft) briefing has one."""
    problems = [
        Problem(site.show(briefing_file(rid)), 0, "page", f"briefing '{rid}' has no page")
        for rid in expected
        if briefing_file(rid) not in site.files
    ]
    problems += [
        Problem(site.show(briefing_file(rid)), 0, "page", f"draft '{rid}' is in a production site")
        for rid in absent
        if briefing_file(rid) in site.files
    ]
    return problems


def _hub_pages(site: Site) -> dict[str, list[str]]:
    """Each hub's first page -> all its pages (pagination lives below the first)."""
    hubs: dict[str, list[str]] = defaultdict(list)
    for rel in site.documents:
        if _HUB_PAGE.match(rel):
            hubs[rel].append(rel)
    for rel in site.documents:
        parts = rel.split("/")
        if len(parts) > 3 and parts[0] in HUB_KINDS:
            first = "/".join((*parts[:2], "index.html"))
            if first in hubs:
                hubs[first].append(rel)
    return hubs


def _targets(site: Site, page: str) -> frozenset[str]:
    """The files ``page`` links to (computed once per page: hubs are asked often)."""
    document = site.documents[page]
    if document.targets is None:
        document.targets = frozenset(
            target_file(link.target, site.files)
            for link in document.links
            if link.target is not None
        )
    return document.targets


def _reached(site: Site, start: str, within: Container[str]) -> list[str]:
    """Pages of ``within`` a reader gets to from ``start`` following links, and ``start``."""
    seen = {start}
    queue = [start]
    for page in queue:  # grows while it is read: breadth first
        for target in sorted(_targets(site, page)):
            if target in within and target not in seen and target in site.documents:
                seen.add(target)
                queue.append(target)
    return queue


def _linked(site: Site, pages: Iterable[str]) -> set[str]:
    """Every file one of ``pages`` links to."""
    return set().union(*(_targets(site, page) for page in pages))


def check_hubs(site: Site, expected: Iterable[str]) -> list[Problem]:
    """Each hub a briefing page links to lists that briefing on one of its pages,
    and a reader gets to that page from the hub's first page."""
    hubs = _hub_pages(site)
    listed: dict[str, set[str]] = {}  # each hub's first page -> what its reachable pages link
    problems = []
    for rid in expected:
        page = briefing_file(rid)
        if page not in site.documents:
            continue  # reported by check_pages
        for hub in sorted(t for t in _targets(site, page) if t in hubs):
            if hub not in listed:
                listed[hub] = _linked(site, _reached(site, hub, frozenset(hubs[hub])))
            if page not in listed[hub]:
                message = f"does not link back to briefing '{rid}', which links to it"
                problems.append(Problem(site.show(hub), 0, "hub", message))
    return problems


def check_timeline(site: Site, expected: Iterable[str]) -> list[Problem]:
    """Every briefing is listed on the timeline: on a page reached from its first page."""
    start = "timeline/index.html"
    if start not in site.documents:
        return []  # every page's nav links it: check_links reports it missing
    pages = frozenset(p for p in site.documents if p.startswith("timeline/"))
    linked = _linked(site, _reached(site, start, pages))
    return [
        Problem(site.show(start), 0, "timeline", f"briefing '{rid}' is on no timeline page")
        for rid in expected
        if briefing_file(rid) not in linked
    ]


def check_indexes(site: Site, expected: Iterable[str]) -> list[Problem]:
    """Every hub a briefing links to is listed in its kind's A-Z index, on a page
    reached from the index's first page."""
    problems = []
    briefings = [briefing_file(rid) for rid in expected if briefing_file(rid) in site.documents]
    firsts = _linked(site, briefings) & _hub_pages(site).keys()
    for kind in HUB_KINDS:
        start = f"{kind}/index.html"
        if start not in site.documents:
            continue  # the nav links it: check_links reports it missing
        pages = frozenset(p for p in site.documents if p.startswith(f"{kind}/index/"))
        linked = _linked(site, _reached(site, start, pages | {start}))
        problems += [
            Problem(site.show(start), 0, "index", f"hub {hub} is on no page of the index")
            for hub in sorted(firsts)
            if hub.startswith(f"{kind}/") and hub not in linked
        ]
    return problems


def check_redirects(site: Site, records: Sequence[Mapping[str, Any]]) -> list[Problem]:
    """A published URL that moved (``redirect_from``) still leads to the briefing."""
    problems = []
    for record in records:
        new = briefing_file(record["id"])
        for old in record.get("redirect_from") or []:
            page = redirect_file(old)
            if page not in site.documents:
                message = f"old URL of '{record['id']}' has no redirect page"
                problems.append(Problem(site.show(page), 0, "redirect", message))
            elif new not in _targets(site, page):
                message = f"does not lead to briefing '{record['id']}'"
                problems.append(Problem(site.show(page), 0, "redirect", message))
    return problems


def check_built_site(
    site_dir: Path,
    records: list[dict[str, Any]],
    *,
    production: bool,
    base_path: str = "/",
) -> list[Problem]:
    """Every problem of the built site in ``site_dir``, sorted.

    ``records`` are all the project's records: a local build must show every
    one, a production build the published ones only. ``base_path`` is the
    site's path on its host (``/repo/`` for a GitHub project site), used to
    resolve absolute links.
    """
    if not (site_dir / "index.html").is_file():
        return [Problem(f"{site_dir.name}/index.html", 0, "page", "missing: is the site built?")]
    site = read_site(site_dir, base_path)
    shown = [r for r in records if not production or r.get("status") == "published"]
    hidden = [r["id"] for r in records if production and r.get("status") != "published"]
    expected = sorted(r["id"] for r in shown)
    problems = check_links(site)
    problems += check_feeds(site)
    problems += check_json(site, expected, hidden)
    problems += check_pages(site, expected, hidden)
    problems += check_hubs(site, expected)
    problems += check_timeline(site, expected)
    problems += check_indexes(site, expected)
    problems += check_redirects(site, shown)
    problems += check_search(site, expected, hidden)
    return sorted(problems)


# --- command line -----------------------------------------------------------------------


def site_base_path(config_file: Path) -> str:
    """The path of the site on its host: from ``BRIEFINGS_SITE_URL``, else ``site_url``.

    ``/`` when neither names an http(s) URL (a local build).
    """
    url = os.environ.get("BRIEFINGS_SITE_URL", "")
    if not url.startswith(("http://", "https://")) and config_file.is_file():
        text = config_file.read_text("utf-8")
        match = re.search(r"^site_url:\s*['\"]?(https?://[^'\"\s#]+)", text, re.MULTILINE)
        url = match.group(1) if match else ""
    path = urlsplit(url).path or "/"
    return path if path.endswith("/") else path + "/"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m generator.sitecheck``: check ``site/`` of the project; exit 1 on problems."""
    from generator.project import find_project
    from generator.store import load_records

    parser = argparse.ArgumentParser(prog="python -m generator.sitecheck", description=__doc__)
    parser.add_argument("--root", type=Path, help="the project folder (default: found upwards)")
    parser.add_argument("--production", action="store_true", help="the site leaves drafts out")
    args = parser.parse_args(argv)
    try:
        project = find_project(Path.cwd(), args.root)
    except UsageError as error:
        print(f"sitecheck: {error}", file=sys.stderr)
        return 2
    records, load_problems = load_records(project.root)
    if load_problems:
        print(format_problems(load_problems))
        return 1
    base = site_base_path(project.root / "mkdocs.yml")
    problems = check_built_site(project.site, records, production=args.production, base_path=base)
    if problems:
        print(format_problems(problems))
        print(
            f"sitecheck: {len(problems)} problem(s) in {project.rel(project.site)}", file=sys.stderr
        )
        return 1
    kind = "production" if args.production else "local"
    print(f"sitecheck: {project.rel(project.site)} ({kind}) has no problems", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
