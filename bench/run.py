"""`make bench`: speed, memory and search-download benchmarks of the briefing site.

    .venv/bin/python bench/run.py                 # N = 1,000 and 5,000, 3 runs each
    .venv/bin/python bench/run.py --full          # adds N = 10,000
    .venv/bin/python bench/run.py --sizes 200 --runs 1 --no-pagefind   # a quick look

See bench/README.md for what every number means. Synthetic projects live under
--work (default /tmp/briefings-bench), never in the repository. The Markdown
table goes to stdout, everything measured to --json (default bench/results.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # `python bench/run.py` puts bench/, not the repo, first
    sys.path.insert(0, str(REPO))

from bench import incremental, search, synth  # noqa: E402
from bench.procmon import Measured, measure  # noqa: E402
from bench.site_files import compare, page_sizes, snapshot  # noqa: E402
from bench.table import table  # noqa: E402

PYTHON = sys.executable
DEFAULT_SIZES = (1000, 5000)
FULL_SIZE = 10_000
Result = dict[str, Any]


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.setdefault("SOURCE_DATE_EPOCH", "1764115200")  # fixed: builds must not depend on it
    env.pop("BRIEFINGS_SERVE_ROOT", None)
    return env


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# --- the commands measured -------------------------------------------------------------


def briefings_cmd(root: Path, *args: str) -> list[str]:
    """`briefings --root ROOT ...` in a fresh interpreter."""
    return [PYTHON, "-m", "generator.cli", "--root", str(root), *args]


def mkdocs_cmd(root: Path, site_dir: Path) -> list[str]:
    """Plain MkDocs on the pages `briefings build` rendered into build/docs."""
    return [
        PYTHON,
        "-m",
        "mkdocs",
        "build",
        "-q",
        "-f",
        str(root / "mkdocs.yml"),
        "-d",
        str(site_dir),
    ]


def pagefind_cmd(site: Path) -> list[str]:
    """Pagefind as the build runs it (``search_index.run_pagefind``), else over the whole site."""
    try:
        from generator.search_index import run_pagefind  # noqa: F401
    except ImportError:
        return [PYTHON, "-m", "pagefind", "--site", str(site)]
    code = (
        "import sys; from pathlib import Path; from generator.search_index import run_pagefind;"
        " run_pagefind(Path(sys.argv[1]))"
    )
    return [PYTHON, "-c", code, str(site)]


def clean(root: Path) -> None:
    for name in ("build", "site", "site-plain"):
        shutil.rmtree(root / name, ignore_errors=True)
    for extra in (root / "briefings").glob(".*"):
        if extra.is_file():
            extra.unlink()


def tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def check_ok(run: Measured, what: str) -> None:
    if run.timed_out:
        say(f"{what}: timed out after {run.seconds:.0f} s")
    elif run.returncode != 0:
        say(f"{what}: exit {run.returncode}\n{tail(run.stdout)}\n{tail(run.stderr)}")


# --- one size -----------------------------------------------------------------------------------


def phases(root: Path, timeout: float) -> Result:
    """The generator's steps, timed in a fresh interpreter (bench/phases.py)."""
    out = root / "build" / "phases"
    shutil.rmtree(out, ignore_errors=True)
    command = [PYTHON, "-m", "bench.phases", str(root), str(out)]
    run = measure(command, env=environment(), timeout=timeout)
    shutil.rmtree(out, ignore_errors=True)
    if not run.ok:
        check_ok(run, "phases")
        return {"timed_out": run.timed_out, "seconds": run.seconds, "returncode": run.returncode}
    data: Result = json.loads(run.stdout.strip().splitlines()[-1])
    data["seconds"] = run.seconds
    return data


def bench_size(count: int, args: argparse.Namespace) -> Result:
    root = args.work / f"n{count}"
    say(f"N={count}: synthetic project in {root}")
    started = time.perf_counter()
    synth.make_project(root, count, seed=args.seed)
    result: Result = {"n": count, "synth_s": round(time.perf_counter() - started, 2)}
    result["baseline"] = "mkdocs build"
    env = environment()

    say(f"N={count}: generator steps (load, site model, render, write)")
    step = phases(root, args.timeout)
    if step.get("timed_out"):
        result["build_ok"] = False
        result["build_error"] = f"the generator's steps alone took over {args.timeout:.0f} s"
        return result
    result["phases"] = step
    loads = [step["load_s"]] if "load_s" in step else []
    for _ in range(max(0, args.runs - 1)):
        more = phases_load_only(root)
        if more is not None:
            loads.append(more)
    if loads:
        result["load_ms_per_record"] = 1000 * median(loads) / count
    if step.get("pages"):
        result["render_ms_per_page"] = 1000 * step["render_s"] / step["pages"]
        result["model_ms_per_record"] = 1000 * step["model_s"] / count
        result["pages"] = step["pages"]

    # (b) and (c): briefings build against plain mkdocs build of the same pages.
    builds: list[Measured] = []
    plains: list[Measured] = []
    for number in range(args.runs):
        clean(root)
        say(f"N={count}: run {number + 1}/{args.runs}: briefings build")
        build = measure(briefings_cmd(root, "build", "--strict"), env=env, timeout=args.timeout)
        check_ok(build, "briefings build")
        builds.append(build)
        if not build.ok:
            break
        say(
            f"N={count}: run {number + 1}/{args.runs}: plain mkdocs build "
            f"(briefings build took {build.seconds:.1f} s)"
        )
        plain = measure(mkdocs_cmd(root, root / "site-plain"), env=env, timeout=args.timeout)
        check_ok(plain, "mkdocs build")
        if plain.ok and (root / "site" / "pagefind").is_dir():
            # The build indexes with Pagefind too: the baseline is MkDocs + the same Pagefind.
            result["baseline"] = "mkdocs build + pagefind"
            say(f"N={count}: run {number + 1}/{args.runs}: pagefind on the plain site")
            pf = measure(pagefind_cmd(root / "site-plain"), env=env, timeout=args.timeout)
            check_ok(pf, "pagefind (baseline)")
            plain.seconds += pf.seconds
            plain.cpu_seconds += pf.cpu_seconds
            plain.max_rss_mb = max(plain.max_rss_mb, pf.max_rss_mb)
            plain.returncode = plain.returncode or pf.returncode
        plains.append(plain)
        if not plain.ok:
            break
    result["build_ok"] = bool(builds) and all(b.ok for b in builds)
    if not result["build_ok"]:
        result["build_error"] = tail(builds[-1].stdout + "\n" + builds[-1].stderr)
        return result
    ratios = [b.seconds / p.seconds for b, p in zip(builds, plains, strict=False) if p.ok]
    result.update(
        build_s=median([b.seconds for b in builds]),
        build_runs_s=[round(b.seconds, 2) for b in builds],
        mkdocs_s=median([p.seconds for p in plains]),
        mkdocs_runs_s=[round(p.seconds, 2) for p in plains],
        overhead_ratio=median(ratios),
        overhead_ratios=[round(r, 3) for r in ratios],
        # The build renders on one core while MkDocs converts pages on the other: the
        # wall-time ratio hides the render's CPU, this one shows it.
        build_cpu_s=median([b.cpu_seconds for b in builds]),
        mkdocs_cpu_s=median([p.cpu_seconds for p in plains]),
        cpu_ratio=median(
            [b.cpu_seconds / p.cpu_seconds for b, p in zip(builds, plains, strict=False) if p.ok]
        ),
        build_peak_rss_mb=max(b.max_rss_mb for b in builds),
        build_tree_rss_mb=max(b.tree_rss_mb for b in builds),
        mkdocs_peak_rss_mb=max(p.max_rss_mb for p in plains),
    )
    if result.get("pages"):
        result["mkdocs_ms_per_page"] = 1000 * result["mkdocs_s"] / result["pages"]
    shutil.rmtree(root / "site-plain", ignore_errors=True)

    # (d) a second build with nothing changed.
    before = {"briefings": snapshot(root / "briefings"), "docs": snapshot(root / "build" / "docs")}
    say(f"N={count}: rebuild with nothing changed")
    again = measure(briefings_cmd(root, "build", "--strict"), env=env, timeout=args.timeout)
    check_ok(again, "rebuild")
    after = {"briefings": snapshot(root / "briefings"), "docs": snapshot(root / "build" / "docs")}
    result["rebuild_s"] = again.seconds
    result["rebuild_briefings"] = compare(before["briefings"], after["briefings"])
    result["rebuild_docs"] = compare(before["docs"], after["docs"])
    result["rebuild_writes_nothing"] = (
        again.ok
        and result["rebuild_briefings"]["written"] == 0
        and result["rebuild_docs"]["written"] == 0
    )

    result["rebuild_said"] = again.stderr.strip().splitlines()[-1:]
    # Issue 16: a build after a one-record edit, in the same run as the clean builds.
    result["edit"] = incremental.edit_scenario(
        root,
        briefings_cmd(root, "build", "--strict"),
        env,
        args.timeout,
        lambda m: say(f"N={count}: {m}"),
    )

    # (e) search downloads, and whether pages grow with N.
    result["pages_site"] = page_sizes(root / "site")
    if args.pagefind:
        say(f"N={count}: pagefind --site site")
        pf = measure(pagefind_cmd(root / "site"), env=env, timeout=args.timeout)
        check_ok(pf, "pagefind")
        result["pagefind"] = {
            "ok": pf.ok,
            "seconds": pf.seconds,
            "peak_rss_mb": pf.max_rss_mb,
            "tree_rss_mb": pf.tree_rss_mb,
            **search.pagefind_static(root / "site"),
        }
        if pf.ok and args.browser:
            say(f"N={count}: first Pagefind query in chromium")
            try:
                result["pagefind"]["first_query"] = search.first_query_bytes(root / "site")
            except Exception as error:  # a browser problem must not lose the other numbers
                result["pagefind"]["first_query"] = {"error": f"{type(error).__name__}: {error}"}
    return result


def phases_load_only(root: Path) -> float | None:
    code = (
        "import time, sys; from pathlib import Path; from generator.store import load_records;"
        " t = time.perf_counter(); load_records(Path(sys.argv[1]));"
        " print(time.perf_counter() - t)"
    )
    run = measure([PYTHON, "-c", code, str(root)], env=environment(), timeout=600)
    return float(run.stdout.strip()) if run.ok else None


# --- (a) ingest, owned by the extraction engineer ----------------------------------------------


def bench_ingest(args: argparse.Namespace) -> Result | None:
    script = REPO / "bench" / "bench_ingest.py"
    if not script.is_file():
        return None
    say("ingest benchmark (bench/bench_ingest.py)")
    run = measure([PYTHON, str(script)], env=environment(), timeout=args.timeout)
    out: Result = {
        "ok": run.ok,
        "seconds": run.seconds,
        "peak_rss_mb": run.max_rss_mb,
        "output": tail(run.stdout, 40),
    }
    for line in reversed(run.stdout.strip().splitlines()):
        try:
            out["result"] = json.loads(line)
            break
        except ValueError:
            continue
    if not run.ok:
        out["error"] = tail(run.stderr)
    return out


# --- the report ----------------------------------------------------------------------------------


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated numbers of briefings (default 1000,5000)",
    )
    parser.add_argument("--full", action="store_true", help="add N=10,000")
    parser.add_argument("--runs", type=int, default=3, help="builds per size; medians (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic records")
    parser.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/briefings-bench"),
        help="scratch folder for the synthetic projects (kept for reuse)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        help="seconds before one command is given up (default 600)",
    )
    parser.add_argument("--no-pagefind", dest="pagefind", action="store_false")
    parser.add_argument(
        "--no-browser",
        dest="browser",
        action="store_false",
        help="skip the chromium measurement of a first Pagefind query",
    )
    parser.add_argument(
        "--no-ingest",
        dest="ingest",
        action="store_false",
        help="skip bench/bench_ingest.py even if it exists",
    )
    parser.add_argument("--json", type=Path, default=REPO / "bench" / "results.json")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.full and FULL_SIZE not in args.sizes:
        args.sizes.append(FULL_SIZE)
    args.work = args.work.resolve()
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.work.resolve().is_relative_to(REPO):
        print("bench: --work must be outside the repository", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    report: Result = {
        "command": " ".join([".venv/bin/python", "bench/run.py", *(argv or sys.argv[1:])]),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "runs": args.runs,
        "sizes": [],
    }
    if args.ingest:
        report["ingest"] = bench_ingest(args)
    for count in sorted(args.sizes):
        if report["sizes"] and not report["sizes"][-1].get("build_ok"):
            say(f"N={count}: skipped, the build failed or timed out at a smaller N")
            report["sizes"].append({"n": count, "build_ok": False, "build_error": "skipped"})
            continue
        report["sizes"].append(bench_size(count, args))
        report["seconds"] = time.perf_counter() - started
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(
        f"Reproduce: `{report['command']}` ({args.runs} run(s) each, medians; "
        f"{os.cpu_count()} CPUs; {report['seconds']:.0f} s in all)\n"
    )
    print(table(report["sizes"]))
    ingest = report.get("ingest")
    if ingest:
        print("\nIngest (bench/bench_ingest.py):\n")
        print(ingest.get("output", ""))
    failed = [r["n"] for r in report["sizes"] if not r.get("build_ok")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
