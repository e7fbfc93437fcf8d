"""People that are not people on GUM news (Wikinews), ours beside stock spaCy.

GUM marks every mention with its entity type (person, organization, place, object,
event, ...). Each distinct `people` form of ours that the text writes is looked up:
its type is that of a mention written the same way (person wins a tie), else person
when a person mention contains it (a surname), else the type of a mention containing
it; a form that is no mention at all is not a person either.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.evaluation.entities_conll import record_forms, stock_forms
from generator.evaluation.matching import share, surface_form
from generator.evaluation.report import Row
from generator.evaluation.sources import seeds_from, stock_nlp
from generator.evaluation.split import HALVES, split
from generator.extract import extract

_ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()]*\)|\((\d+)-([a-z]+)[^()]*|(\d+)\)")


@dataclass(frozen=True)
class GumDoc:
    """One GUM document: its name, heading, body and mention types by normalised form."""

    name: str
    heading: str
    body: str
    mentions: dict[str, frozenset[str]]

    @property
    def text(self) -> str:
        """The heading, a blank line and the body."""
        return f"{self.heading}\n\n{self.body}"


def _entity_events(misc: str) -> list[tuple[str, str, str]]:
    """("open" | "one" | "close", id, type) of a token's Entity= annotation, in order."""
    value = next((p[7:] for p in misc.split("|") if p.startswith("Entity=")), "")
    events = []
    for match in _ENTITY.finditer(value):
        if match.group(1):
            events.append(("one", match.group(1), match.group(2)))
        elif match.group(3):
            events.append(("open", match.group(3), match.group(4)))
        else:
            events.append(("close", match.group(5), ""))
    return events


def parse_gum(name: str, lines: Iterable[str]) -> GumDoc:
    """A GUM ``.conllu`` document: paragraphs of text and the types of its mentions."""
    tokens: list[str] = []
    paragraphs: list[list[int]] = []  # token indexes where each paragraph starts / ends
    open_spans: dict[str, list[tuple[str, int]]] = {}
    spans: list[tuple[str, int, int]] = []
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            paragraphs.append([len(tokens)])
            continue
        fields = line.split("\t")
        if len(fields) != 10 or not fields[0].isdigit():
            continue
        index = len(tokens)
        space = "" if "SpaceAfter=No" in fields[9] else " "
        tokens.append(fields[1] + space)
        for kind, ident, etype in _entity_events(fields[9]):
            if kind == "one":
                spans.append((etype, index, index + 1))
            elif kind == "open":
                open_spans.setdefault(ident, []).append((etype, index))
            elif open_spans.get(ident):
                etype, start = open_spans[ident].pop()
                spans.append((etype, start, index + 1))
    starts = [p[0] for p in paragraphs] or [0]
    texts = [
        "".join(tokens[a:b]).strip()
        for a, b in zip(starts, [*starts[1:], len(tokens)], strict=True)
    ]
    mentions: dict[str, set[str]] = {}
    for etype, start, end in spans:
        form = surface_form("".join(tokens[start:end]))
        if form:
            mentions.setdefault(form, set()).add(etype)
    return GumDoc(
        name,
        texts[0] if texts else "",
        "\n\n".join(t for t in texts[1:] if t),
        {form: frozenset(types) for form, types in mentions.items()},
    )


def mention_type(form: str, mentions: dict[str, frozenset[str]]) -> str | None:
    """The type a form has in a document (see the module's rule), or None."""
    if form in mentions:
        return "person" if "person" in mentions[form] else sorted(mentions[form])[0]
    pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    containing = [types for text, types in mentions.items() if pattern.search(text)]
    if any("person" in types for types in containing):
        return "person"
    return sorted(containing[0])[0] if containing else None


def evaluate(data: Path) -> list[Row]:
    """Rows of the share of person forms that are not people, per half."""
    docs = []
    for path in sorted((data / "gum-news").glob("*.conllu")):
        with path.open(encoding="utf-8") as lines:
            docs.append(parse_gum(path.name, lines))
    read = seeds_from({d.name: d.body for d in docs})
    docs = [d for d in docs if d.name in read]
    halves = split(docs, key=lambda d: d.name)
    ordered = [d for half in HALVES for d in halves[half]]
    seeds = [dataclasses.replace(read[d.name], title=d.heading) for d in ordered]
    records = dict(zip((d.name for d in ordered), extract(seeds), strict=True))
    stock_docs = stock_nlp().pipe(d.text for d in ordered)
    stock = dict(zip((d.name for d in ordered), stock_docs, strict=True))
    rows = []
    for half in HALVES:
        counts = {"ours": [0, 0], "peer": [0, 0]}
        for doc in halves[half]:
            forms = {
                "ours": record_forms(records[doc.name], doc.text)["PER"],
                "peer": stock_forms(stock[doc.name])["PER"],
            }
            for system, found in forms.items():
                counts[system][0] += sum(mention_type(f, doc.mentions) != "person" for f in found)
                counts[system][1] += len(found)
        rows.append(
            Row(
                "GUM people that are not people",
                half,
                share(*counts["ours"]),
                share(*counts["peer"]),
                f"{counts['ours'][1]}/{counts['peer'][1]} PER forms, {len(halves[half])} docs",
                style="percent",
            )
        )
    return rows
