"""What a build left in a folder: which files it wrote, and how big the site's pages are."""

from __future__ import annotations

import hashlib
import re
import statistics
from pathlib import Path
from typing import Any

Result = dict[str, Any]


# --- (d) nothing changed, nothing written ----------------------------------------------------


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Relative path -> (mtime_ns, sha256) of every file under ``folder``."""
    out: dict[str, tuple[int, str]] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            out[path.relative_to(folder).as_posix()] = (path.stat().st_mtime_ns, digest)
    return out


def compare(before: dict[str, tuple[int, str]], after: dict[str, tuple[int, str]]) -> Result:
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    common = set(before) & set(after)
    changed = sorted(p for p in common if before[p][1] != after[p][1])
    touched = sorted(p for p in common if before[p][0] != after[p][0] and p not in changed)
    return {
        "added": added[:20],
        "removed": removed[:20],
        "changed": changed[:20],
        "touched": touched[:20],
        "written": len(added) + len(removed) + len(changed) + len(touched),
    }


# --- pages: does the cost per page grow with N? ------------------------------------------------


def page_sizes(site: Path) -> Result:
    pages = sorted((site / "briefings").glob("*/index.html"))
    if not pages:
        return {}
    sizes = [p.stat().st_size for p in pages]
    sample = pages[len(pages) // 2].read_text("utf-8")
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    html = list(site.rglob("*.html"))
    return {
        "briefing_html_median_bytes": int(statistics.median(sizes)),
        "briefing_html_max_bytes": max(sizes),
        "nav_links_in_a_briefing_page": len(re.findall(r'class="md-nav__link', sample)),
        "html_pages": len(html),
        "largest_html": [
            {"path": p.relative_to(site).as_posix(), "bytes": p.stat().st_size}
            for p in sorted(html, key=lambda p: -p.stat().st_size)[:5]
        ],
        "site_bytes": total,
    }
