"""What a reader downloads before the first search result (Pagefind).

The index is split in chunks; a query loads ``pagefind.js``, the
entry file, the WebAssembly, the metadata, the index chunk(s) holding the
query's words and the fragments of the results shown. ``first_query_bytes``
measures that in headless chromium (Debian's ``/usr/bin/chromium`` through
Playwright, as the browser tests do), from a local static server; sizes are
the bytes served (Pagefind's own files are already gzip-compressed) and, for
scripts and JSON, what gzip at level 6 would send.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import statistics
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
RESULTS_SHOWN = 5  # Pagefind's default UI shows five results, then "load more"


def gz(data: bytes) -> int:
    return min(len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))


def _bundles(site: Path) -> list[Path]:
    """The first Pagefind bundle and those ``pagefind/batches.json`` lists to merge."""
    folder = site / "pagefind"
    try:
        listed = json.loads((folder / "batches.json").read_text("utf-8")).get("merge", [])
    except (OSError, ValueError):
        listed = []
    return [folder, *(folder / path for path in listed)]


def pagefind_static(site: Path) -> dict[str, Any]:
    """Sizes of the files Pagefind wrote into ``site/pagefind``, all bundles together."""
    folder = site / "pagefind"
    if not folder.is_dir():
        return {}
    bundles = _bundles(site)
    chunks = [p.stat().st_size for b in bundles for p in (b / "index").glob("*.pf_index")]
    fragments = [p.stat().st_size for b in bundles for p in (b / "fragment").glob("*.pf_fragment")]
    filters = [p.stat().st_size for b in bundles for p in (b / "filter").glob("*.pf_filter")]
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    fixed = ["pagefind.js", "pagefind-worker.js", "wasm.en.pagefind"]
    fixed_bytes = sum((folder / name).stat().st_size for name in fixed if (folder / name).is_file())
    # Every bundle: its entry and metadata files, and the largest of its index chunks.
    for bundle in bundles:
        entry = bundle / "pagefind-entry.json"
        fixed_bytes += entry.stat().st_size if entry.is_file() else 0
        fixed_bytes += sum(p.stat().st_size for p in bundle.glob("*.pf_meta"))
        fixed_bytes += max(
            (p.stat().st_size for p in (bundle / "index").glob("*.pf_index")), default=0
        )
    median_fragment = int(statistics.median(fragments)) if fragments else 0
    return {
        "bundles": len(bundles),
        "total_bytes": total,
        "index_chunks": len(chunks),
        "index_chunk_median_bytes": int(statistics.median(chunks)) if chunks else 0,
        "index_chunk_max_bytes": max(chunks, default=0),
        "fragments": len(fragments),
        "fragment_median_bytes": median_fragment,
        "filters": len(filters),
        "filter_bytes": sum(filters),
        # Estimate without a browser: scripts, then per bundle entry, metadata and its
        # largest chunk, all filters (the UI loads them), and 5 fragments.
        "first_query_estimate_bytes": fixed_bytes + RESULTS_SHOWN * median_fragment + sum(filters),
    }


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """A static server for ``folder`` on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


_PAGEFIND_QUERY = """async ([query, withFilters]) => {
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options({});
  // As overrides/assets/search.js does: merge the bundles the build listed.
  const listed = await fetch("/pagefind/batches.json").then((r) => (r.ok ? r.json() : {merge: []}));
  for (const path of listed.merge || []) {
    await pagefind.mergeIndex("/pagefind/" + path);
  }
  // The default UI loads the filters for its panel before the first search.
  if (withFilters) await pagefind.filters();
  const search = await pagefind.search(query);
  const shown = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
  return {
    count: search.results.length,
    first: shown.length ? shown[0].url : null,
    bundles: 1 + (listed.merge || []).length,
  };
}""".replace("SHOWN", str(RESULTS_SHOWN))


def first_query_bytes(site: Path, query: str = "iraq", *, filters: bool = True) -> dict[str, Any]:
    """Bytes fetched by a first Pagefind query in chromium, after the page itself loaded.

    Every bundle listed in ``pagefind/batches.json`` is merged first, as the search
    page does; with ``filters`` the filter indexes are loaded too, as the default
    UI does for its filter panel before the first search.
    """
    if not CHROMIUM.exists():
        return {"skipped": "no /usr/bin/chromium"}
    try:
        from playwright.sync_api import Response, sync_playwright
    except ImportError:
        return {"skipped": "playwright not installed (pip install -e '.[test]')"}
    fetched: list[tuple[str, int, int]] = []
    counting = False

    def on_response(response: Response) -> None:
        if not counting:
            return
        try:
            body = response.body()
        except Exception:  # redirects and failed requests have no body
            return
        fetched.append((response.url, len(body), gz(body)))

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            page = browser.new_page()
            page.on("response", on_response)
            page.goto(f"{base}/", wait_until="networkidle")
            counting = True
            answer = page.evaluate(_PAGEFIND_QUERY, [query, filters])
            page.wait_for_load_state("networkidle")
            counting = False
        finally:
            browser.close()
    files = sorted(
        (url.removeprefix(base).split("?")[0], raw, packed) for url, raw, packed in fetched
    )
    return {
        "query": query,
        "with_filters": filters,
        "bundles": answer["bundles"],
        "results": answer["count"],
        "first_url": answer["first"],
        "requests": len(files),
        "bytes": sum(raw for _, raw, _ in files),
        "gzip_bytes": sum(packed for _, _, packed in files),
        "files": [
            {"path": path, "bytes": raw, "gzip_bytes": packed} for path, raw, packed in files
        ],
    }
