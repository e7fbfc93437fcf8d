"""The Canadian quote set rewritten in the other quoting conventions of English news.

Issue 13 asks for quotes found in every convention. The Canadian articles are written with
straight doubles; here every article's marks are rewritten mechanically into each other
convention and scored again against the same gold, beside textacy on the same rewritten
text: British ‘single quotes’ (apostrophes curly), straight singles as web copy of the
Daily Mail prints them (apostrophes straight), and «guillemets». A straight double opens
after a space, a bracket or a dash, and closes anywhere else; a straight single right after
a letter or digit is an apostrophe (so a nested single's closing mark after a word is
written as the apostrophe, which curly copy prints for both); other singles stay as
written. Nothing else of the text changes, so a figure that falls here against the
Canadian rows falls because of the marks alone.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import NamedTuple

from generator.evaluation import quotes_scoring, quotes_sets
from generator.evaluation.quotes_scoring import QuoteDoc
from generator.evaluation.report import Row
from generator.seeds import Seed


class Marks(NamedTuple):
    """One convention: the marks that open and close a quote, and the apostrophe."""

    opening: str
    closing: str
    apostrophe: str


#: Each convention by the name its rows carry.
STYLES = {
    "British marks": Marks("\u2018", "\u2019", "\u2019"),
    "straight singles": Marks("'", "'", "'"),
    "guillemets": Marks("\u00ab", "\u00bb", "\u2019"),
}
#: What a straight double that opens a quote follows.
_BEFORE_OPENING = "([{\u2014\u2013-"


def rewritten(text: str, marks: Marks) -> str:
    """``text`` with its straight doubles and apostrophes written in ``marks``."""
    out = []
    for at, char in enumerate(text):
        before = text[at - 1] if at else " "
        if char == '"':
            opens = before.isspace() or before in _BEFORE_OPENING
            out.append(marks.opening if opens else marks.closing)
        elif char == "'" and before.isalnum():
            out.append(marks.apostrophe)
        else:
            out.append(char)
    return "".join(out)


def _restyled(seed: Seed, marks: Marks) -> Seed:
    article = seed.article
    return dataclasses.replace(
        seed,
        paragraphs=tuple(rewritten(p, marks) for p in seed.paragraphs),
        article=None if article is None else tuple(rewritten(p, marks) for p in article),
    )


def evaluate(data: Path) -> list[Row]:
    """The Canadian quote rows, once for each convention of `STYLES`."""
    halves, _ = quotes_sets.canadian(data)
    rows: list[Row] = []
    for name, marks in STYLES.items():
        restyled: dict[str, list[QuoteDoc]] = {
            half: [dataclasses.replace(doc, seed=_restyled(doc.seed, marks)) for doc in docs]
            for half, docs in halves.items()
        }
        rows += quotes_scoring.measure(f"Canadian in {name},", restyled, verbose=False).rows
    return rows
