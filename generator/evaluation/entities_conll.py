"""Entities on CoNLL-2003 dev, scored by the eval-data README's rules; speed beside it.

Per document and type, the set of distinct normalised surface forms that occur in
the text: PER = `people` names and aliases, ORG = `organizations`, LOC = `places`
(names and aliases). Micro P/R/F1 over all documents of a half; MISC is not scored.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from generator.evaluation.matching import Tally, occurs_in, share, surface_form, text_key_of
from generator.evaluation.report import Row
from generator.evaluation.sources import seeds_from, stock_nlp
from generator.evaluation.split import HALVES, split
from generator.extract import extract, load_nlp, nlp_text

TYPES = ("PER", "ORG", "LOC")
RECORD_FIELDS = {"PER": "people", "ORG": "organizations", "LOC": "places"}
STOCK_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

#: How often each side is timed on the tune half (see `measure_half`).
TIMINGS = 2
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", "'s", "n't", ")", "%"})
_NO_SPACE_AFTER = frozenset({"(", "$"})
#: Sports whose reports ("SOCCER - ...") are result tables, not articles.
_SPORTS = [
    "SOCCER",
    "FOOTBALL",
    "CRICKET",
    "TENNIS",
    "GOLF",
    "RUGBY",
    "BASEBALL",
    "BASKETBALL",
    "BOXING",
    "SQUASH",
    "ATHLETICS",
    "CYCLING",
    "RACING",
    "HOCKEY",
    "SWIMMING",
    "SKIING",
    "SAILING",
    "ROWING",
    "BADMINTON",
    "VOLLEYBALL",
    "HANDBALL",
    "NFL",
    "NBA",
    "NHL",
    "JUDO",
    "WRESTLING",
    "SNOOKER",
    "DARTS",
    "TRIATHLON",
    "FORMULA",
    "MOTORCYCLING",
    "GYMNASTICS",
    "OLYMPICS",
]
_SECTION = re.compile(r"^([A-Z][A-Z &/-]*?) - ")


@dataclass(frozen=True)
class ConllDoc:
    """One CoNLL document: its order index, text and gold forms per type."""

    index: int
    headline: str
    body: str
    #: Normalised form -> every gold type it has in this document (MISC included).
    gold: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The article text: headline, a blank line, the other sentences."""
        return f"{self.headline}\n\n{self.body}"

    def forms(self, kind: str) -> set[str]:
        """The gold forms of one scored type."""
        return {form for form, kinds in self.gold.items() if kind in kinds}


def join_tokens(tokens: Sequence[str]) -> str:
    """Tokens rejoined as written: no space before , . : ; ! ? 's n't ) %, none after ( $."""
    out: list[str] = []
    for token in tokens:
        if out and token not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out.append(" ")
        out.append(token)
    return "".join(out)


def _spans(rows: Sequence[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(type, tokens) of each IOB-tagged name in a sentence."""
    spans: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] | None = None
    for token, tag in rows:
        prefix, _, kind = tag.partition("-")
        if prefix == "B" or (prefix == "I" and (current is None or current[0] != kind)):
            current = (kind, [token])
            spans.append(current)
        elif prefix == "I" and current is not None:
            current[1].append(token)
        else:
            current = None
    return spans


def parse_conll(lines: Iterable[str]) -> list[ConllDoc]:
    """Every document of a CoNLL-2003 file, in order (sport ones included)."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in lines:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            documents.append([])
        elif not parts:
            if sentence and documents:
                documents[-1].append(sentence)
            sentence = []
        else:
            sentence.append((parts[0], parts[-1]))
    if sentence and documents:
        documents[-1].append(sentence)
    parsed = []
    for index, sentences in enumerate(d for d in documents if d):
        gold: dict[str, set[str]] = {}
        for rows in sentences:
            for kind, tokens in _spans(rows):
                form = surface_form(join_tokens(tokens))
                if form:
                    gold.setdefault(form, set()).add(kind)
        texts = [join_tokens([token for token, _ in rows]) for rows in sentences]
        parsed.append(
            ConllDoc(
                index=index,
                headline=texts[0],
                body=" ".join(texts[1:]),
                gold={form: frozenset(kinds) for form, kinds in gold.items()},
            )
        )
    return parsed


def is_sport(headline: str) -> bool:
    """Whether a headline opens with a sport section tag ("CRICKET - ...")."""
    match = _SECTION.match(headline)
    return match is not None and any(sport in match.group(1) for sport in _SPORTS)


def record_forms(record: dict[str, Any], text: str) -> dict[str, set[str]]:
    """Our record's forms per type, only those the text writes."""
    key = text_key_of(text)
    out: dict[str, set[str]] = {}
    for kind, name in RECORD_FIELDS.items():
        forms = {
            surface_form(form)
            for entry in record.get(name) or []
            for form in [entry["name"], *(entry.get("aliases") or [])]
        }
        out[kind] = {f for f in forms if occurs_in(f, key)}
    return out


def stock_forms(doc: Doc) -> dict[str, set[str]]:
    """Stock spaCy's distinct entity texts per type."""
    out: dict[str, set[str]] = {kind: set() for kind in TYPES}
    for ent in doc.ents:
        kind = STOCK_TYPES.get(ent.label_)
        form = surface_form(ent.text)
        if kind and form:
            out[kind].add(form)
    return out


def score(predicted: dict[str, set[str]], gold: ConllDoc) -> tuple[int, int, int]:
    """(tp, fp, fn) of one document over the three scored types."""
    tp = fp = fn = 0
    for kind in TYPES:
        ours, theirs = predicted.get(kind, set()), gold.forms(kind)
        tp, fp, fn = tp + len(ours & theirs), fp + len(ours - theirs), fn + len(theirs - ours)
    return tp, fp, fn


def gold_type(form: str, gold: dict[str, frozenset[str]]) -> str | None:
    """The gold type of a form: its own, else PER when a gold person's name contains
    it (a surname), else the type of a gold name containing it, else None."""
    if form in gold:
        kinds = gold[form]
        return "PER" if "PER" in kinds else sorted(kinds)[0]
    pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    containing = [kinds for name, kinds in gold.items() if pattern.search(name)]
    if any("PER" in kinds for kinds in containing):
        return "PER"
    return sorted(containing[0])[0] if containing else None


def not_people(person_forms: set[str], gold: dict[str, frozenset[str]]) -> tuple[int, int]:
    """(forms whose gold type is not PER or that are no gold name, all forms)."""
    bad = sum(gold_type(form, gold) != "PER" for form in person_forms)
    return bad, len(person_forms)


@dataclass
class HalfResult:
    """What one half measured, for ours and the peer."""

    docs: int = 0
    ours: Tally = field(default_factory=Tally)
    peer: Tally = field(default_factory=Tally)
    ours_not_people: list[int] = field(default_factory=lambda: [0, 0])
    peer_not_people: list[int] = field(default_factory=lambda: [0, 0])
    errors: list[str] = field(default_factory=list)


def measure_half(
    docs: list[ConllDoc], *, errors: bool, timings: int = 1
) -> tuple[HalfResult, float, float]:
    """Scores of one half, and the seconds of our `extract` and of stock `nlp.pipe`."""
    # The headline is the seed's title, as a headline line of a seed file would be.
    read = seeds_from({f"conll-{d.index:03d}": d.body for d in docs})
    docs = [d for d in docs if f"conll-{d.index:03d}" in read]
    seeds = [dataclasses.replace(read[f"conll-{d.index:03d}"], title=d.headline) for d in docs]
    stock = stock_nlp()
    # The machine is shared: each side is timed `timings` times, alternating, and its
    # fastest run counts, so that a burst of load on one side does not decide the ratio.
    ours_times, stock_times = [], []
    for _ in range(max(1, timings)):
        started = time.perf_counter()
        records = extract(seeds)
        ours_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for _ in stock.pipe(nlp_text(seed) for seed in seeds):
            pass
        stock_times.append(time.perf_counter() - started)
    ours_seconds, stock_seconds = min(ours_times), min(stock_times)
    result = HalfResult(docs=len(docs))
    for doc, record, stock_doc in zip(docs, records, stock.pipe(d.text for d in docs), strict=True):
        ours, theirs = record_forms(record, doc.text), stock_forms(stock_doc)
        result.ours.add(*score(ours, doc))
        result.peer.add(*score(theirs, doc))
        for counts, forms in (
            (result.ours_not_people, ours["PER"]),
            (result.peer_not_people, theirs["PER"]),
        ):
            bad, total = not_people(forms, doc.gold)
            counts[0] += bad
            counts[1] += total
        if errors:
            result.errors.extend(_errors(doc, ours))
    return result, ours_seconds, stock_seconds


def _errors(doc: ConllDoc, ours: dict[str, set[str]]) -> list[str]:
    lines = []
    for kind in TYPES:
        for form in sorted(ours[kind] - doc.forms(kind)):
            lines.append(
                f"doc {doc.index}: {kind} extra {form!r} (gold {gold_type(form, doc.gold)})"
            )
        for form in sorted(doc.forms(kind) - ours[kind]):
            lines.append(f"doc {doc.index}: {kind} missed {form!r}")
    return lines


def evaluate(data: Path, *, verbose: bool) -> tuple[list[Row], list[str]]:
    """Rows of the CoNLL measures and the speed ratio, and the tune half's errors."""
    path = data / "conll2003-dev" / "valid.txt"
    with path.open(encoding="utf-8") as lines:
        docs = [d for d in parse_conll(lines) if not is_sport(d.headline)]
    halves = split(docs, key=lambda d: d.index)
    load_nlp()
    stock_nlp()
    rows: list[Row] = []
    errors: list[str] = []
    speed: tuple[float, float] = (0.0, 0.0)
    results = {}
    for half in HALVES:
        timings = TIMINGS if half == "tune" else 1
        result, ours_seconds, stock_seconds = measure_half(
            halves[half], errors=verbose, timings=timings
        )
        results[half] = result
        if half == "tune":
            speed = (ours_seconds, stock_seconds)
            errors = result.errors
    for half, result in results.items():
        count = f"{result.docs} docs"
        rows.append(
            Row("CoNLL entities F1 (PER+ORG+LOC)", half, result.ours.f1, result.peer.f1, count)
        )
    for half, result in results.items():
        rows.append(
            Row("CoNLL entities precision", half, result.ours.precision, result.peer.precision)
        )
        rows.append(Row("CoNLL entities recall", half, result.ours.recall, result.peer.recall))
    for half, result in results.items():
        rows.append(
            Row(
                "CoNLL people that are not people",
                half,
                share(*result.ours_not_people),
                share(*result.peer_not_people),
                f"{result.ours_not_people[1]}/{result.peer_not_people[1]} PER forms",
                style="percent",
            )
        )
    ours_seconds, stock_seconds = speed
    rows.append(
        Row(
            "Speed: stock nlp.pipe time / our extract time",
            "tune",
            stock_seconds / ours_seconds if ours_seconds else None,
            count=f"ours {ours_seconds:.1f} s, stock {stock_seconds:.1f} s",
            style="ratio",
        )
    )
    return rows, errors
