"""Where a build's time goes: cProfile of `briefings build` in one process, by package.

    .venv/bin/python bench/profile_build.py /tmp/briefings-bench/n5000 [--top 25]

Prints the own time (tottime) summed per package (generator, mkdocs, markdown,
jinja2, material, yaml, ...) and the functions with the most own and
cumulative time; writes the raw profile next to the project (build.prof) for
snakeviz or pstats.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from generator.cli import main as briefings  # noqa: E402

_PACKAGE = re.compile(r"site-packages/([A-Za-z0-9_]+)")
_STDLIB = re.compile(r"lib/python3\.\d+/([A-Za-z0-9_]+)")


def package_of(filename: str) -> str:
    if "/generator/" in filename:
        return "generator"
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    found = _PACKAGE.search(filename) or _STDLIB.search(filename)
    return found.group(1) if found else "other"


def by_package(stats: pstats.Stats) -> dict[str, float]:
    totals: dict[str, float] = {}
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    raw = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, _name), (_cc, _nc, tottime, _cum, _callers) in raw.items():
        key = package_of(filename)
        totals[key] = totals.get(key, 0.0) + tottime
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    out = args.root / "build.prof"
    profile = cProfile.Profile()
    profile.enable()
    code = briefings(["--root", str(args.root), "build", "--strict"])
    profile.disable()
    profile.dump_stats(out)
    stats = pstats.Stats(str(out))
    total = sum(by_package(stats).values())
    print(f"exit {code}; profiled {total:.1f} s; raw profile in {out}\n")
    print("| package | own time, s | share |\n|---|---|---|")
    for name, seconds in list(by_package(stats).items())[:12]:
        print(f"| {name} | {seconds:.1f} | {seconds / total:.0%} |")
    print()
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)
    return code


if __name__ == "__main__":
    sys.exit(main())
