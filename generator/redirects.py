"""Redirect pages for briefings whose id changed (``redirect_from``).

Plain static HTML, copied by MkDocs as is: the equivalent of mkdocs-redirects
without a plugin, so that the rendered pages stay buildable by plain MkDocs.
"""

from __future__ import annotations

from generator import layout
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
<p>This briefing has moved: <a href="../{new}/">read it at its new address</a>.</p>
</body>
</html>
"""


def redirect_pages(records: list[Record]) -> dict[str, str]:
    """Docs-relative path -> HTML for each old id (ids are validated slugs)."""
    pages = {}
    for record in sorted(records, key=lambda r: str(r["id"])):
        for old in record.get("redirect_from") or []:
            pages[layout.redirect_file(old)] = _PAGE.format(new=record["id"])
    return pages
