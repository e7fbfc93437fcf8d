"""`make eval`: every figure of issue 13 on the tune and check halves, beside the peers,
and the entity register's replay of issue 14 (`replay.py`).

Run ``python -m generator.evaluation [-v] [--set NAME]`` from the project root.
``-v`` lists the errors of the TUNE half only: the check half is read as figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from generator.evaluation import (
    entities_conll,
    people_british,
    people_gum,
    quote_styles,
    quotes_scoring,
    quotes_sets,
    replay,
)
from generator.evaluation import summaries as summaries_set
from generator.evaluation.report import Row, grouped, table
from generator.evaluation.sources import DEFAULT_DATA

SETS = ("conll", "gum", "canadian", "british", "polnear", "styles", "summaries", "register")

Errors = list[str]


def _note(line: str) -> None:
    """A line about what a set left out, printed as it is measured."""
    print(line, flush=True)


def _conll(args: argparse.Namespace) -> tuple[list[Row], Errors]:
    return entities_conll.evaluate(args.data, verbose=args.verbose)


def _gum(args: argparse.Namespace) -> tuple[list[Row], Errors]:
    return people_gum.evaluate(args.data), []


def _canadian(args: argparse.Namespace) -> tuple[list[Row], Errors]:
    halves, left_out = quotes_sets.canadian(args.data)
    _note(f"Canadian: {left_out} articles left out (no gold, or no text once read)")
    return _quotes("Canadian", halves, args)


def _quotes(
    label: str, halves: dict[str, list[quotes_scoring.QuoteDoc]], args: argparse.Namespace
) -> tuple[list[Row], Errors]:
    run = quotes_scoring.measure(label, halves, verbose=args.verbose)
    return run.rows, run.errors


def _british(args: argparse.Namespace) -> tuple[list[Row], Errors]:
    halves, refused = quotes_sets.british(args.data)
    _note(f"British: {refused} articles refused by the seed reader")
    quote_halves = {half: [d.quotes for d in docs] for half, docs in halves.items()}
    run = quotes_scoring.measure("British", quote_halves, verbose=args.verbose)
    people_rows, people_errors = people_british.evaluate(halves, run, verbose=args.verbose)
    return run.rows + people_rows, run.errors + people_errors


def _polnear(args: argparse.Namespace) -> tuple[list[Row], Errors]:
    halves, refused = quotes_sets.polnear(args.data)
    _note(f"PolNeAR: {refused} articles refused by the seed reader or without annotation")
    return _quotes("PolNeAR", halves, args)


def _styles(args: argparse.Namespace) -> tuple[list[Row], Errors]:
    return quote_styles.evaluate(args.data), []


def _summaries(args: argparse.Namespace) -> tuple[list[Row], Errors]:
    return summaries_set.evaluate(args.data, args.cnn, verbose=args.verbose)


def _register(args: argparse.Namespace) -> tuple[list[Row], Errors]:
    return replay.evaluate(args.data), []


RUNS: dict[str, Callable[[argparse.Namespace], tuple[list[Row], Errors]]] = {
    "conll": _conll,
    "gum": _gum,
    "canadian": _canadian,
    "british": _british,
    "polnear": _polnear,
    "styles": _styles,
    "summaries": _summaries,
    "register": _register,
}


def main(argv: list[str] | None = None) -> int:
    """Entry point of `make eval`."""
    parser = argparse.ArgumentParser(prog="python -m generator.evaluation", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the eval-data folder")
    parser.add_argument(
        "--cnn", type=Path, default=None, help="CNN .story folder (default: DATA/../corpus/cnn)"
    )
    parser.add_argument("--set", choices=SETS, action="append", help="only this set (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tune half's errors")
    args = parser.parse_args(argv)
    if args.cnn is None:
        args.cnn = args.data.parent / "corpus" / "cnn"
    if not args.data.is_dir():
        print(f"{args.data}: no evaluation data here (see eval/README.md)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    rows: list[Row] = []
    for name in args.set or SETS:
        set_started = time.perf_counter()
        set_rows, errors = RUNS[name](args)
        rows += set_rows
        print(f"[{name}: {time.perf_counter() - set_started:.0f} s]", file=sys.stderr)
        if args.verbose and errors:
            print(f"\n{name}, tune half: {len(errors)} errors")
            for line in errors:
                print("  " + line)
    print()
    print(table(grouped(rows)))
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
