"""Redirect pages: briefings whose id changed (``redirect_from``), and hubs whose entity
now goes by another name.

Plain static HTML, copied by MkDocs as is: the equivalent of mkdocs-redirects
without a plugin, so that the rendered pages stay buildable by plain MkDocs.

A hub's old address is one of its entity's other names: after ``briefings merge "Okafor"
"Ann Okafor"`` the records name Ann Okafor with "Okafor" among her aliases, and
``/people/okafor/`` leads to ``/people/ann-okafor/``. An alias that is a hub of its own
keeps its hub; one that several hubs claim leads to the hub that claims it in the most
briefings, and nowhere when two claim it equally.

A hub's old address may also be its name under the slug rule published addresses were
made by before apostrophes joined their word and currency signs were dropped
(:func:`earlier_slug`: "People's Party" was ``people-s-party``, now ``peoples-party``).
A story thread's old address is an earlier id of its first briefing. Published addresses
never vanish: each leads to the page that took its place, unless a live page is there.
"""

from __future__ import annotations

import functools
import posixpath
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from slugify import slugify

from generator import layout
from generator.layout import entity_slug, usable_slug
from generator.published import NAMED_HUBS
from generator.record import SLUG_MAX, Record
from generator.register import fold

if TYPE_CHECKING:
    from generator.published import PublishedHubs
    from generator.sitemodel import SiteModel
    from generator.sitemodel.hubs import Hub

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="../{new}/">
<meta http-equiv="refresh" content="0; url=../{new}/">
</head>
<body>
<p>This {what} has moved: <a href="../{new}/">read it at its new address</a>.</p>
</body>
</html>
"""

#: Where an earlier address leads: the new page's folder, relative to the folder beside the
#: old one's (``ann-okafor``, ``../organizations/velmont``), and what moved ("page", ...).
Move = tuple[str, str]


#: Hub kinds whose entities have aliases, and the record field listing them.
ALIASED = {"people": "people", "organizations": "organizations", "groups": "groups"}


def redirect_pages(records: list[Record]) -> dict[str, str]:
    """Docs-relative path -> HTML for each old id and old hub name (slugs only)."""
    return {path: redirect_html(move) for path, move in record_moves(records).items()}


def redirect_html(move: Move) -> str:
    """The static page that sends a reader (and a search engine) on to where ``move`` leads."""
    new, what = move
    return _PAGE.format(new=new, what=what)


def record_moves(records: list[Record]) -> dict[str, Move]:
    """Site path -> move of each old id (``redirect_from``) and old hub name (aliases)."""
    moves: dict[str, Move] = {}
    for record in sorted(records, key=lambda r: str(r["id"])):
        for old in record.get("redirect_from") or []:
            moves[f"briefings/{old}/index.html"] = (str(record["id"]), "briefing")
    for kind, found in hub_moves(records).items():
        for old, new in sorted(found.items()):
            moves[layout.built_page(layout.hub_path(kind, old))] = (new, "page")
    return moves


def hub_moves(records: list[Record]) -> dict[str, dict[str, str]]:
    """Per hub kind, old slug -> the slug of the hub its name now belongs to.

    ``records`` name entities as their hubs do (sitemodel.canon.hub_named).
    """
    moves: dict[str, dict[str, str]] = {}
    for kind, record_field in ALIASED.items():
        live: set[str] = set()
        claims: dict[str, Counter[str]] = defaultdict(Counter)
        for record in records:
            for entry in record.get(record_field) or []:
                slug = entity_slug(str(entry["name"]))
                live.add(slug)
                for alias in {entity_slug(str(a)) for a in entry.get("aliases") or []}:
                    claims[alias][slug] += 1
        found = {}
        for old, owners in claims.items():
            if old in live:
                continue
            ranked = owners.most_common(2)
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                found[old] = ranked[0][0]
        moves[kind] = found
    return moves


def site_redirects(model: SiteModel, published: PublishedHubs | None = None) -> dict[str, str]:
    """Site path -> HTML of every redirect page of the site (see :func:`site_moves`)."""
    return {path: redirect_html(move) for path, move in site_moves(model, published).items()}


def site_moves(model: SiteModel, published: PublishedHubs | None = None) -> dict[str, Move]:
    """Site path of every earlier address of a page -> where it moved: earlier briefing ids,
    hub names and hub slugs, threads' earlier ids and the ``published`` hub addresses (whose
    list gets the model's live published hubs, which the build saves, and notes the listed
    addresses that lead nowhere, which the build warns of); never where a page lives."""
    live = _live_pages(model)
    moves = record_moves(model.records)
    for path, new in _earlier_hub_slugs(model.hubs).items():
        moves.setdefault(path, (new, "page"))
    for path, new in _rejected_moves(model).items():
        moves.setdefault(path, (new, "page"))
    if published is not None:
        note_published_hubs(model.hubs, published)
        for path, new in _published_moves(model.hubs, published).items():
            moves.setdefault(path, (new, "page"))
        published.nowhere = _nowhere(published, live | moves.keys())
    for thread in model.threads:
        for old in thread.first.get("redirect_from") or []:
            path = layout.built_page(layout.thread_path(str(old)))
            moves.setdefault(path, (thread.slug, "story"))
    return {
        path: move
        for path, move in sorted(moves.items())
        if path not in live and layout.is_slug(path.split("/")[1])
    }


def moved_feeds(
    model: SiteModel, moves: dict[str, Move], published: PublishedHubs | None = None
) -> dict[str, str]:
    """Docs path of the Atom feed a moved thread or a ``published`` hub address had -> the
    feed of the page it moved to: a feed reader follows no HTML redirect, so the old address
    keeps serving the new feed, which names itself by the new address (its id, and with a
    site address its self link). Both are two folders deep, so the feed's relative links hold
    at either. An alias's address that was never a published hub gets no feed."""
    feeds = {hub.feed_path for hubs in model.hubs.values() for hub in hubs}
    feeds |= {thread.feed_path for thread in model.threads}
    had_feeds = set(published.addresses if published is not None else ())
    found = {}
    for path, (new, what) in moves.items():
        address = posixpath.dirname(path)  # people/okafor/index.html -> people/okafor
        if not (what == "story" or address in had_feeds):
            continue
        feed = posixpath.normpath(
            posixpath.join(posixpath.dirname(address), new, layout.PAGE_FEED_NAME)
        )
        old = posixpath.join(address, layout.PAGE_FEED_NAME)
        if feed in feeds and old not in feeds:
            found[old] = feed
    return found


def _nowhere(published: PublishedHubs, reached: set[str]) -> list[str]:
    """The listed hub addresses whose site path is not in ``reached``, in file order."""
    nowhere = []
    for address in published.addresses:
        kind, _, slug = address.partition("/")
        if layout.built_page(layout.hub_path(kind, slug)) not in reached:
            nowhere.append(address)
    return nowhere


def _live_pages(model: SiteModel) -> set[str]:
    """Site paths of the pages a redirect must never replace."""
    docs = [page.path for page in model.briefings]
    docs += [hub.path for hubs in model.hubs.values() for hub in hubs]
    docs += [thread.path for thread in model.threads]
    docs += [page.path for pages in model.indexes.values() for page in pages]
    docs += [page.path for page in model.thread_indexes]
    return {layout.built_page(path) for path in docs}


@functools.lru_cache(maxsize=65536)
def earlier_slug(name: str) -> str:
    """The slug published hub addresses had before the one slug rule (layout.slug_of):
    python-slugify's default, so an apostrophe split its word and a currency sign was spelt
    out; the same fallback and reserved names as layout.entity_slug (layout.usable_slug)."""
    return usable_slug(name, str(slugify(name, max_length=SLUG_MAX, word_boundary=True)))


def _rejected_moves(model: SiteModel) -> dict[str, str]:
    """Site path of the hub a name had in a kind entities.yaml says it is not -> the hub of
    that name in the one other kind that has one (no person "Twitter": the organization)."""
    live = {(kind, hub.slug) for kind, hubs in model.hubs.items() for hub in hubs}
    moves = {}
    for kind, name in sorted(model.rejected):
        slug = entity_slug(name)
        others = [k for k in ALIASED if k != kind and (k, slug) in live]
        if len(others) == 1:
            for old in sorted({slug, earlier_slug(name)}):
                moves[layout.built_page(layout.hub_path(kind, old))] = f"../{others[0]}/{slug}"
    return moves


def note_published_hubs(hubs: dict[str, list[Hub]], listed: PublishedHubs) -> None:
    """Add to ``listed`` each hub of a named kind that a published briefing names."""
    for kind in NAMED_HUBS:
        for hub in hubs.get(kind, []):
            if any(b.get("status") == "published" for b in hub.briefings):
                listed.note(kind, hub.slug, [hub.name, *hub.aliases])


def _published_moves(hubs: dict[str, list[Hub]], listed: PublishedHubs) -> dict[str, str]:
    """Site path of each listed hub address no live hub has -> the hub that goes by names
    listed with it, of its own kind if one does, else of one other kind: the one that goes
    by most of them, then the one with most briefings; nowhere when two are even."""
    claims: dict[str, list[Hub]] = defaultdict(list)
    live = set()
    for kind in NAMED_HUBS:
        for hub in hubs.get(kind, []):
            live.add(f"{kind}/{hub.slug}")
            for name in {fold(n) for n in [hub.name, *hub.aliases]} - {""}:
                claims[name].append(hub)
    moves = {}
    for address, names in sorted(listed.addresses.items()):
        if address in live:
            continue
        kind, _, slug = address.partition("/")
        shared: Counter[tuple[str, str]] = Counter()
        by_key: dict[tuple[str, str], Hub] = {}
        for name in {fold(n) for n in names} - {""}:
            for hub in claims.get(name, []):
                shared[(hub.kind, hub.slug)] += 1
                by_key[(hub.kind, hub.slug)] = hub
        fits = [h for h in by_key.values() if h.kind == kind]
        if not fits and len({h.kind for h in by_key.values()}) == 1:
            fits = list(by_key.values())
        ranked = sorted(
            ((shared[(h.kind, h.slug)], len(h.briefings)), h.kind, h.slug) for h in fits
        )[::-1]
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            _, to_kind, to_slug = ranked[0]
            target = to_slug if to_kind == kind else f"../{to_kind}/{to_slug}"
            moves[layout.built_page(layout.hub_path(kind, slug))] = target
    return moves


def _earlier_hub_slugs(hubs: dict[str, list[Hub]]) -> dict[str, str]:
    """Site path of each hub address the earlier slug rule gave a name a hub goes by (its
    own or an alias) -> the slug of that hub. An address several hubs' names gave leads to
    the hub with the most briefings, and nowhere when two have as many."""
    claims: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for kind, items in hubs.items():
        if kind == "countries":
            continue  # addressed by ISO code, which no slug rule changed
        for hub in items:
            for old in _earlier_addresses(hub):
                claims[(kind, old)][hub.slug] += len(hub.briefings)
    moves = {}
    for (kind, old), owners in sorted(claims.items()):
        ranked = owners.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            moves[layout.built_page(layout.hub_path(kind, old))] = ranked[0][0]
    return moves


def _earlier_addresses(hub: Hub) -> Iterable[str]:
    """The slugs the earlier rule gave the hub's names where the rule now gives another.

    A city's hub slug may carry its country code (two countries with a Springfield): the
    earlier addresses of its names carry it too.
    """
    base = entity_slug(hub.name)
    suffix = hub.slug[len(base) :] if hub.kind == "places" and hub.slug.startswith(base) else ""
    for name in dict.fromkeys([hub.name, *hub.aliases]):
        old = earlier_slug(name)
        if old != entity_slug(name):
            yield old + suffix
