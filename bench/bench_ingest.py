"""Ingest throughput against spaCy's own ``nlp.pipe`` on the same texts.

``python bench/bench_ingest.py`` (``make bench``) reads the seeds (the
shared corpus when present, else ``seeds/`` and ``eval/articles``), then
times two things on the same texts:

* stock: the unmodified English model, ``nlp.pipe`` over the texts, every
  component - what "spaCy alone" costs;
* ours: ``generator.extract.extract`` - entity ruler, the model without the
  lemmatizer, every post-processing step, the records.

Both run with one process, then both with ``--processes`` (both cores), so
each ratio compares like with like. Each setting runs ``--rounds`` times, stock
and ours in turn, because a shared machine's speed swings by a third between
runs minutes apart: it prints the median docs per second of each, the median
of the rounds' ratios ours / stock (target: at least 0.8), and with one process
the ratio of CPU seconds, which other programs on the machine disturb less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from generator.extract import extract, load_nlp, nlp_text  # noqa: E402
from generator.extract.nlp import model_name  # noqa: E402
from generator.seeds import Seed, SeedError, read_seed  # noqa: E402

#: The corpus folders the bench reads, when the shared corpus is beside the project.
CORPUS_FOLDERS = ("bbc", "reuters1987", "cnn")


def seed_paths() -> tuple[list[Path], str]:
    """The files to time and where they come from: the shared corpus when present, else the
    project's own seeds and dev articles (fewer, so ratios from the two do not compare)."""
    corpus = ROOT.parent / "shared" / "corpus"
    paths = sorted(
        p for folder in CORPUS_FOLDERS for p in (corpus / folder).glob("*") if p.is_file()
    )
    if paths:
        return paths, f"{corpus} ({', '.join(CORPUS_FOLDERS)})"
    own = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "eval/articles").glob("*"))
    return own, f"seeds/ and eval/articles ({corpus} is absent)"


def load_seeds(paths: list[Path], minimum: int) -> list[Seed]:
    """The seeds these files hold, repeated up to ``minimum``."""
    seeds = []
    for path in paths:
        try:
            seeds.append(read_seed(path, path.parent)[0])
        except SeedError:
            continue
    while seeds and len(seeds) < minimum:
        seeds = seeds + seeds
    return seeds


@dataclass(frozen=True)
class Timing:
    """One run's seconds: on the clock, and of this process's CPU (a child process's is not
    counted, so only the one-process CPU figures compare)."""

    wall: float
    cpu: float


def _timed(run: Callable[[], object]) -> Timing:
    """How long ``run`` takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def _parse_all(model: Language, texts: list[str], processes: int) -> None:
    """Stock spaCy over every text, as a user of ``nlp.pipe`` runs it."""
    for _ in model.pipe(texts, n_process=processes):
        pass


def main() -> int:
    """Time both and print the ratio."""
    parser = argparse.ArgumentParser(description="ingest throughput vs spaCy nlp.pipe")
    parser.add_argument("--docs", type=int, default=200, help="at least this many documents")
    parser.add_argument("--processes", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs of each, stock and ours in turn"
    )
    args = parser.parse_args()
    paths, source = seed_paths()
    seeds = load_seeds(paths, args.docs)
    texts = [nlp_text(seed) for seed in seeds]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words} words, from {source}")

    stock = spacy.load(model_name())
    list(stock.pipe(texts[:5]))  # warm up
    load_nlp()
    extract(seeds[:5])  # warm up: model load and data tables
    for processes in sorted({1, args.processes}):
        run_stock = partial(_parse_all, stock, texts, processes)
        run_ours = partial(extract, seeds, n_process=processes)
        rounds = [(_timed(run_stock), _timed(run_ours)) for _ in range(args.rounds)]
        stock_s = statistics.median(base.wall for base, _ in rounds)
        ours_s = statistics.median(ours.wall for _, ours in rounds)
        ratio = statistics.median(base.wall / ours.wall for base, ours in rounds)
        print(f"{processes} process(es): stock spaCy nlp.pipe {len(texts) / stock_s:7.1f} docs/s")
        print(f"{processes} process(es): our extract (records) {len(texts) / ours_s:7.1f} docs/s")
        print(
            f"{processes} process(es): ratio ours / stock {ratio:.2f} (target >= 0.80), "
            f"median of {args.rounds} rounds"
        )
        if processes == 1:
            cpu = statistics.median(base.cpu / ours.cpu for base, ours in rounds)
            print(f"1 process(es): ratio of CPU seconds ours / stock {cpu:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
