"""What a reader downloads before the first search result, for Material's search and Pagefind.

Material (lunr): the search worker fetches ``search/search_index.json`` whole
before it can answer anything, so the cost is that file plus the worker script.

Pagefind: the index is split in chunks; a query loads ``pagefind.js``, the
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


def material_bytes(site: Path) -> dict[str, Any]:
    """Sizes of Material's search index and worker (absent: zeros)."""
    index = site / "search" / "search_index.json"
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    out: dict[str, Any] = {
        "index_bytes": 0,
        "index_gzip_bytes": 0,
        "worker_bytes": 0,
        "worker_gzip_bytes": 0,
    }
    if index.is_file():
        data = index.read_bytes()
        out["index_bytes"], out["index_gzip_bytes"] = len(data), gz(data)
    if workers:
        data = workers[0].read_bytes()
        out["worker_bytes"], out["worker_gzip_bytes"] = len(data), gz(data)
    out["first_result_bytes"] = out["index_bytes"] + out["worker_bytes"]
    out["first_result_gzip_bytes"] = out["index_gzip_bytes"] + out["worker_gzip_bytes"]
    return out


def pagefind_static(site: Path) -> dict[str, Any]:
    """Sizes of the files Pagefind wrote into ``site/pagefind``."""
    folder = site / "pagefind"
    if not folder.is_dir():
        return {}
    chunks = [p.stat().st_size for p in (folder / "index").glob("*.pf_index")]
    fragments = [p.stat().st_size for p in (folder / "fragment").glob("*.pf_fragment")]
    filters = [p.stat().st_size for p in (folder / "filter").glob("*.pf_filter")]
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    fixed = ["pagefind.js", "pagefind-entry.json", "wasm.en.pagefind"]
    fixed_bytes = sum((folder / name).stat().st_size for name in fixed if (folder / name).is_file())
    fixed_bytes += sum(p.stat().st_size for p in folder.glob("*.pf_meta"))
    return {
        "total_bytes": total,
        "index_chunks": len(chunks),
        "index_chunk_median_bytes": int(statistics.median(chunks)) if chunks else 0,
        "index_chunk_max_bytes": max(chunks, default=0),
        "fragments": len(fragments),
        "fragment_median_bytes": int(statistics.median(fragments)) if fragments else 0,
        "filters": len(filters),
        "filter_bytes": sum(filters),
        # Estimate without a browser: fixed files + the largest chunk + 5 fragments + filters.
        "first_query_estimate_bytes": fixed_bytes
        + max(chunks, default=0)
        + RESULTS_SHOWN * (int(statistics.median(fragments)) if fragments else 0)
        + sum(filters),
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


_PAGEFIND_QUERY = """async (query) => {
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options({});
  const search = await pagefind.search(query);
  const shown = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
  return {count: search.results.length, first: shown.length ? shown[0].url : null};
}""".replace("SHOWN", str(RESULTS_SHOWN))


def first_query_bytes(site: Path, query: str = "iraq") -> dict[str, Any]:
    """Bytes fetched by a first Pagefind query in chromium, after the page itself loaded."""
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
            answer = page.evaluate(_PAGEFIND_QUERY, query)
            page.wait_for_load_state("networkidle")
            counting = False
        finally:
            browser.close()
    files = sorted(
        (url.removeprefix(base).split("?")[0], raw, packed) for url, raw, packed in fetched
    )
    return {
        "query": query,
        "results": answer["count"],
        "first_url": answer["first"],
        "requests": len(files),
        "bytes": sum(raw for _, raw, _ in files),
        "gzip_bytes": sum(packed for _, _, packed in files),
        "files": [
            {"path": path, "bytes": raw, "gzip_bytes": packed} for path, raw, packed in files
        ],
    }
