"""One in-process pass of the generator's own steps, timed separately; prints JSON.

Run by run.py in a fresh interpreter for every measurement, so that imports,
caches and memory of one run do not help the next:

    python -m bench.phases ROOT OUT

Steps: load_records (read, parse with line numbers, validate), the site model
(hubs, related briefings, timeline), rendering every output with jinja2 (no
disk), and writing them into OUT (only changed files are written).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any


def run(root: Path, out: Path, production: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    from generator import docswriter, render, sitemodel, template_env
    from generator.store import load_records

    imported = time.perf_counter()
    records, problems = load_records(root)
    loaded = time.perf_counter()
    model = sitemodel.build_site_model(records, production=production)
    modelled = time.perf_counter()
    env = template_env.make_environment(root / "templates")
    outputs = render.build_outputs(model, env)
    rendered = time.perf_counter()
    result = docswriter.write_outputs(outputs, out)
    written = time.perf_counter()
    pages = sum(1 for path in outputs if path.endswith(".md"))
    briefing_pages = len(model.briefings)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "records": len(records),
        "problems": len(problems),
        "outputs": len(outputs),
        "pages": pages,
        "briefing_pages": briefing_pages,
        "written": len(result.written),
        "import_s": imported - started,
        "load_s": loaded - imported,
        "model_s": modelled - loaded,
        "render_s": rendered - modelled,
        "write_s": written - rendered,
        "peak_rss_mb": rss_kb / 1024,
    }


def main(argv: list[str]) -> int:
    root, out = Path(argv[0]), Path(argv[1])
    print(json.dumps(run(root, out, production="--production" in argv[2:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
