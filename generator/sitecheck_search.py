"""The site check of search: Pagefind's index finds every briefing once, each result a page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from generator.builtsite import Link, Site, link_problem, load_json, resolve, target_file
from generator.layout import briefing_file
from generator.problems import Problem
from generator.search_index import read_fragment

_SEARCH_ENTRY = "pagefind/pagefind-entry.json"
_SEARCH_BATCHES = "pagefind/batches.json"


def _search_bundles(site: Site) -> tuple[list[str], list[Problem]]:
    """The folders of the search bundles under pagefind/ ("" is the first), checked
    against the list in batches.json."""
    for rel in (_SEARCH_ENTRY, _SEARCH_BATCHES):
        if rel not in site.files:
            return [], [Problem(site.show(rel), 0, "search", "missing: search cannot work")]
    data, found = load_json(site, _SEARCH_BATCHES)
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
            problem = link_problem(site, rel, link)
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
