"""`make bench`: degenerate seeds that once stalled ingest, each timed through `briefings extract`.

    .venv/bin/python bench/degenerate_seeds.py [--budget SECONDS] [--work DIR]

Each seed is within the limit a seed must keep (`record.BODY_MAX_CHARS`: a longer one is
only skipped, which times nothing) and is made of
text no article is made of: one word repeated, quote marks by the hundred thousand, a
190 kB line, quotations by the thousand, no sentence end, one long word or one name
repeated after a headline. The wall time of a fresh `briefings extract` (which includes
loading spaCy, ~3-5 s) is printed per seed, with its CPU time; exit 1 when one exceeds the
budget.
Run it on a quiet machine: other jobs on the same cores stretch every wall time.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SEEDS = {
    "one-word": "lorem " * 33_000,
    "curly-single-marks": "\u2018" * 160_000,
    "marks-and-words": "\u2018a b c\u2019 " * 24_000,
    "quotations": "\u201cWe will win this,\u201d Jane Roe said. " * 5_000,
    "long-line": "the quick brown fox jumps over the lazy dog and " * 4_000,
    "no-spaces": "x" * 199_000,
    "one-letter-words": "a " * 99_000,
    "dots": "Word. " * 33_000,
    # A headline, then one run without spaces: a line-break regex once read it per character.
    "headline-then-no-spaces": "Council meets\n\n" + "x" * 150_000,
    # A headline, then one capitalised name repeated: once read per name by a courtesy-title
    # search and by the street regex.
    "headline-then-one-name": "Council meets\n\n" + " ".join(["Holtby"] * 20_000),
}

#: Files whose reading (page, feed and Markdown parsers) once stalled, by file name; the
#: seed tests read each of them too, for what they give, not for how long they take.
FILES = {
    "deep.html": b"<html><body>" + b"<div>" * 30000 + b"x" + b"</body></html>",
    "wide.html": b"<html><body><article>" + b"<p>Word of text.</p>" * 20000 + b"</article>",
    "line.txt": b"word " * 200_000,
    "quotes.txt": "\u2018".encode() * 50_000,
    "items.rss": b"<rss><channel>" + b"<item><title>t</title></item>" * 5000 + b"</channel>",
    "list.md": b"- item\n" * 42_000,
    "markers.md": b"*a **b [c](d " * 30_000,
    "paragraphs.txt": b"Short paragraph here.\n\n" * 90_000,
    "many.rss": b"<rss><channel>" + b"<item><title>t</title></item>" * 2900 + b"</channel>",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--budget", type=float, default=30.0, help="seconds per seed")
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefings-bench/degenerate"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    (args.work / "mkdocs.yml").write_text("site_name: bench\n")
    worst = 0.0
    print("| seed | bytes | extract, s | cpu, s |\n|---|---|---|---|")
    files = {f"{name}.txt": (text + "\n").encode() for name, text in SEEDS.items()} | FILES
    for name, raw in files.items():
        seed = args.work / name
        seed.write_bytes(raw)
        started = time.monotonic()
        cpu_before = _children_cpu()
        subprocess.run(
            [sys.executable, "-m", "generator", "--root", str(args.work), "extract", str(seed)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=600,
            check=False,
        )
        seconds = time.monotonic() - started
        cpu = _children_cpu() - cpu_before
        worst = max(worst, seconds)
        print(f"| {name} | {seed.stat().st_size} | {seconds:.1f} | {cpu:.1f} |", flush=True)
    return 1 if worst > args.budget else 0


def _children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes so far: unlike the wall
    time, other jobs on a busy machine do not stretch it."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main())
