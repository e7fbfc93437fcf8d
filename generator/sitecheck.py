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
import os
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.builtsite import Link, Site, link_problem, load_json, read_site, resolve, target_file
from generator.layout import (
    BRIEFINGS_JSON_PATH,
    KINDS,
    TIMELINE_PATH,
    briefing_file,
    built_page,
    hub_index_path,
    redirect_file,
)
from generator.problems import Problem, UsageError, format_problems
from generator.sitecheck_search import check_search

ATOM = "{http://www.w3.org/2005/Atom}"
HUB_KINDS = tuple(KINDS)
# A hub's first page; later pages live below it (people/x/page-2/index.html).
_HUB_PAGE = re.compile(r"^(" + "|".join(HUB_KINDS) + r")/([^/]+)/index\.html$")


# --- checks ---------------------------------------------------------------------------


def check_links(site: Site) -> list[Problem]:
    """Every internal link and #anchor of every HTML file resolves."""
    problems = []
    for page, document in site.documents.items():
        for link in document.links:
            problem = link_problem(site, page, link)
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
        problem = link_problem(site, rel, Link(0, href, target, fragment, scheme))
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


def _briefings_json(site: Site, data: Any, expected: set[str], hidden: set[str]) -> list[Problem]:
    shown = site.show(BRIEFINGS_JSON_PATH)
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
        data, found = load_json(site, rel)
        problems += found
        if found:
            continue
        if rel == BRIEFINGS_JSON_PATH:
            problems += _briefings_json(site, data, set(expected), set(hidden))
    if BRIEFINGS_JSON_PATH not in site.files:
        problems.append(Problem(site.show(BRIEFINGS_JSON_PATH), 0, "json", "missing"))
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
    start = built_page(TIMELINE_PATH)
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
        start = built_page(hub_index_path(kind))
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
