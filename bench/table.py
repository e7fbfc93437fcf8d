"""The Markdown table `make bench` prints: one row per measure, one column per size."""

from __future__ import annotations

from typing import Any

from bench import incremental

Result = dict[str, Any]


def _mb(value: float) -> str:
    return f"{value / 2**20:.2f} MB" if value >= 2**20 else f"{value / 1024:.0f} kB"


def table(results: list[Result]) -> str:
    sizes = [r for r in results if r.get("n")]
    header = "| measure | " + " | ".join(f"N={r['n']:,}" for r in sizes) + " | target |"
    rows = [header, "|---|" + "---|" * len(sizes) + "---|"]

    def row(label: str, target: str, cell: Any) -> None:
        cells = []
        for r in sizes:
            try:
                cells.append(cell(r))
            except (KeyError, TypeError, ZeroDivisionError, IndexError):
                cells.append("–")
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {target} |")

    row("pages (Markdown)", "", lambda r: f"{r['pages']:,}")
    row("load_records, ms/record", "~0.4", lambda r: f"{r['load_ms_per_record']:.2f}")
    row("site model, ms/record", "flat in N", lambda r: f"{r['model_ms_per_record']:.2f}")
    row("jinja render, ms/page", "~0.1", lambda r: f"{r['render_ms_per_page']:.2f}")
    row("`briefings build --strict`, s (median)", "", lambda r: f"{r['build_s']:.1f}")
    row("baseline (plain `mkdocs build` [+ pagefind]), s", "", lambda r: f"{r['mkdocs_s']:.1f}")
    row("baseline of (b)", "", lambda r: r["baseline"])
    row("baseline, ms/page", "flat in N", lambda r: f"{r['mkdocs_ms_per_page']:.1f}")
    row(
        "(b) overhead ratio build/baseline",
        "≤ 1.10 at 5,000",
        lambda r: f"{r['overhead_ratio']:.2f}",
    )
    row(
        "CPU time build/baseline (user + system, all processes)",
        "",
        lambda r: f"{r['cpu_ratio']:.2f} ({r['build_cpu_s']:.0f} / {r['mkdocs_cpu_s']:.0f} s)",
    )
    row(
        "(c) peak RSS of build, MB (largest process)",
        "< 1024 at 10,000, linear",
        lambda r: f"{r['build_peak_rss_mb']:.0f}",
    )
    row("(c) peak RSS of build tree, MB (sampled)", "", lambda r: f"{r['build_tree_rss_mb']:.0f}")
    incremental.rows(row)
    row(
        "(d) rebuild writes nothing (briefings/, build/docs)",
        "yes",
        lambda r: (
            "yes"
            if r["rebuild_writes_nothing"]
            else f"NO ({r['rebuild_briefings']['written']} + {r['rebuild_docs']['written']})"
        ),
    )
    row(
        "briefing page HTML, median",
        "flat in N",
        lambda r: _mb(r["pages_site"]["briefing_html_median_bytes"]),
    )
    row(
        "largest HTML page",
        "",
        lambda r: (
            f"{_mb(r['pages_site']['largest_html'][0]['bytes'])} "
            f"({r['pages_site']['largest_html'][0]['path']})"
        ),
    )
    row(
        "nav links in a briefing page",
        "flat in N",
        lambda r: str(r["pages_site"]["nav_links_in_a_briefing_page"]),
    )
    row("Pagefind indexing (all batches), s", "", lambda r: f"{r['pagefind']['seconds']:.1f}")
    row(
        "Pagefind peak RSS, MB (largest run)",
        "flat in N",
        lambda r: f"{r['pagefind']['peak_rss_mb']:.0f}",
    )
    row("Pagefind bundles (one run each)", "", lambda r: str(r["pagefind"]["bundles"]))
    row(
        "(e) Pagefind first query 'iraq' + filters, served / gzip",
        "≤ 2 MB",
        lambda r: (
            f"{_mb(r['pagefind']['first_query']['bytes'])} / "
            f"{_mb(r['pagefind']['first_query']['gzip_bytes'])} "
            f"({r['pagefind']['first_query']['requests']} requests)"
        ),
    )
    return "\n".join(rows)
