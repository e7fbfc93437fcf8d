"""Redirect pages: briefings whose id changed (``redirect_from``), and hubs whose entity
now goes by another name.

Plain static HTML, copied by MkDocs as is: the equivalent of mkdocs-redirects
without a plugin, so that the rendered pages stay buildable by plain MkDocs.

A hub's old address is one of its entity's other names: after ``briefings merge "Blair"
"Tony Blair"`` the records name Tony Blair with "Blair" among his aliases, and
``/people/blair/`` leads to ``/people/tony-blair/``. An alias that is a hub of its own
keeps its hub; one that several hubs claim leads to the hub that claims it in the most
briefings, and nowhere when two claim it equally.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from generator import layout
from generator.layout import entity_slug
from generator.record import Record

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

#: Hub kinds whose entities have aliases, and the record field listing them.
ALIASED = {"people": "people", "organizations": "organizations", "groups": "groups"}


def redirect_pages(records: list[Record]) -> dict[str, str]:
    """Docs-relative path -> HTML for each old id and old hub name (slugs only)."""
    pages = {}
    for record in sorted(records, key=lambda r: str(r["id"])):
        for old in record.get("redirect_from") or []:
            pages[f"briefings/{old}/index.html"] = _PAGE.format(new=record["id"], what="briefing")
    for kind, moves in hub_moves(records).items():
        for old, new in sorted(moves.items()):
            pages[layout.built_page(layout.hub_path(kind, old))] = _PAGE.format(
                new=new, what="page"
            )
    return pages


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
