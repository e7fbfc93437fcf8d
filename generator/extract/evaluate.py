"""Regression scoring on the in-house development set (tests/extract/test_evaluate.py).

Not the score any more: `make eval` (`generator.evaluation`) measures on data
labelled by others. This module reads the gold files in ``eval/gold/*.yaml``
(facts only: names, aliases, and quotes as character spans of the article
with their speakers, so no article text is kept here). Each names its
article: ``corpus/...`` is read from ``../shared/corpus`` (copyrighted text,
never copied into the project; such articles are skipped when the folder is
absent) and ``articles/...`` from ``eval/articles`` (articles we wrote ourselves).

Entities are scored per article as sets: a predicted entity matches a gold
one when any of their names or aliases agree, and each gold entity matches
once, so a second entry for "Shaibani" next to "Asaad al-Shaibani" is a
false positive. Stock spaCy's entities are its distinct entity texts.
Countries that the text names only by a demonym ("Iraqi officials") are
listed in gold as ``neutral``, as are dateline places: predicting them is
neither rewarded nor punished, since stock spaCy has no way to.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.evaluation.matching import Tally as Score
from generator.extract import extract
from generator.extract.lexicon import normalize
from generator.extract.nlp import model_name
from generator.seeds import Seed, SeedError, read_seed
from generator.yamlio import load_yaml

TYPES = ("people", "organizations", "places")
STOCK_LABELS = {
    "PERSON": "people",
    "ORG": "organizations",
    "GPE": "places",
    "LOC": "places",
    "FAC": "places",
}


@dataclass(frozen=True)
class GoldQuote:
    """A quote's opening words, as a span of the article file, and who said them."""

    at: int
    chars: int
    speaker: str | None

    def opening(self, article: str) -> str:
        """The quote's opening words in the article's text, on one line."""
        return " ".join(article[self.at : self.at + self.chars].split())


@dataclass
class Gold:
    """The facts of one article."""

    path: Path
    article: str
    entities: dict[str, list[set[str]]]
    neutral: set[str]
    quotes: list[GoldQuote]
    split: str = "dev"


@dataclass
class Report:
    """Everything the evaluation measured."""

    ours: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    stock: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    quotes_gold: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    misses: list[str] = field(default_factory=list)
    entity_errors: list[str] = field(default_factory=list)
    #: Micro scores of the held-out articles (labelled before the extractor saw them).
    heldout_ours: Score = field(default_factory=Score)
    heldout_stock: Score = field(default_factory=Score)
    heldout_articles: int = 0
    articles: int = 0
    skipped: int = 0


# --- gold -------------------------------------------------------------------------


def _forms(name: str, aliases: Iterable[str]) -> set[str]:
    return {normalize(name), *(normalize(a) for a in aliases)}


def load_gold(path: Path) -> Gold:
    """One gold file."""
    loaded = load_yaml(path.read_text("utf-8"), str(path))
    if loaded.problems or not isinstance(loaded.data, dict):
        raise SystemExit(f"{path}: broken gold file: {loaded.problems}")
    data: dict[str, Any] = loaded.data
    entities = {
        kind: [_forms(name, aliases or []) for name, aliases in (data.get(kind) or {}).items()]
        for kind in TYPES
    }
    quotes = [
        GoldQuote(int(q["at"]), int(q["chars"]), q.get("speaker")) for q in data.get("quotes") or []
    ]
    demonyms = {normalize(n) for n in data.get("neutral") or []}
    split = str(data.get("split", "dev"))
    return Gold(path, str(data["article"]), entities, demonyms, quotes, split)


def article_path(gold: Gold, eval_dir: Path, corpus: Path) -> Path:
    """Where a gold file's article is."""
    if gold.article.startswith("corpus/"):
        return corpus / gold.article.removeprefix("corpus/")
    return eval_dir / gold.article


# --- matching ------------------------------------------------------------------------


def match(
    predicted: list[set[str]], gold: list[set[str]], neutral: set[str]
) -> tuple[int, int, int]:
    """(tp, fp, fn) of predicted entities (sets of forms) against gold ones."""
    tp, wrong, missed = matches(predicted, gold, neutral)
    return tp, len(wrong), len(missed)


def matches(
    predicted: list[set[str]], gold: list[set[str]], neutral: set[str]
) -> tuple[int, list[set[str]], list[set[str]]]:
    """(hits, false positives, gold entities missed) of one article and type."""
    unmatched = list(range(len(gold)))
    tp = 0
    wrong = []
    for forms in predicted:
        hit = next((g for g in unmatched if forms & gold[g]), None)
        if hit is not None:
            unmatched.remove(hit)
            tp += 1
        elif not forms & neutral:
            wrong.append(forms)
    return tp, wrong, [gold[g] for g in unmatched]


def ours_entities(record: dict[str, Any]) -> dict[str, list[set[str]]]:
    """Our record's entities as sets of forms per type."""
    return {kind: [_forms(e["name"], e["aliases"]) for e in record[kind]] for kind in TYPES}


def stock_entities(doc: Any) -> dict[str, list[set[str]]]:
    """Stock spaCy's distinct entity texts per type."""
    out: dict[str, dict[str, set[str]]] = {kind: {} for kind in TYPES}
    for ent in doc.ents:
        kind = STOCK_LABELS.get(ent.label_)
        if kind:
            text = ent.text.removesuffix("'s").removesuffix("\u2019s")
            key = normalize(text)
            if key:
                out[kind][key] = {key}
    return {kind: list(found.values()) for kind, found in out.items()}


def _quote_key(text: str) -> str:
    return " ".join(normalize(text).replace('"', "").split())


def _speaker_right(record: dict[str, Any], ours: str | None, gold: str | None) -> bool:
    """Our speaker is the gold one: both None, or the gold name is one of its forms."""
    if ours is None or gold is None:
        return ours is None and gold is None
    for entry in [*record["people"], *record["organizations"]]:
        if entry["name"] == ours:
            return normalize(gold) in _forms(entry["name"], entry["aliases"])
    return False


def score_quotes(record: dict[str, Any], gold: Gold, article: str, report: Report) -> None:
    """Speaker accuracy over the gold quotes that our extractor found."""
    for quote in gold.quotes:
        fragment, speaker = quote.opening(article), quote.speaker
        report.quotes_gold += 1
        key = _quote_key(fragment)
        found = [q for q in record["quotes"] if key in _quote_key(q["text"])]
        if not found:
            report.misses.append(f"{gold.path.name}: quote not found: {fragment[:50]!r}")
            continue
        report.quotes_found += 1
        if _speaker_right(record, found[0]["speaker"], speaker):
            report.speakers_right += 1
        else:
            report.misses.append(
                f"{gold.path.name}: {fragment[:40]!r}: speaker {found[0]['speaker']!r},"
                f" gold {speaker!r}"
            )


# --- the run ------------------------------------------------------------------------------


def evaluate(root: Path, corpus: Path) -> Report:
    """Score both systems on every gold article that can be read."""
    report = Report()
    eval_dir = root / "eval"
    golds = [load_gold(p) for p in sorted((eval_dir / "gold").glob("*.yaml"))]
    usable: list[tuple[Gold, Seed]] = []
    articles: dict[Path, str] = {}
    for gold in golds:
        path = article_path(gold, eval_dir, corpus)
        if not path.is_file():
            report.skipped += 1
            continue
        try:
            usable.append((gold, read_seed(path, path.parent)[0]))
            articles[gold.path] = article = path.read_text("utf-8")
            for quote in gold.quotes:
                if not quote.opening(article).strip():
                    raise SystemExit(f"{gold.path}: quote at {quote.at}: outside its article")
        except SeedError as error:
            print(f"{path}: {error}", file=sys.stderr)
            report.skipped += 1
    records = extract([seed for _, seed in usable])
    import spacy

    stock = spacy.load(model_name())
    stock_docs = stock.pipe(seed.text for _, seed in usable)
    for (gold, _), record, doc in zip(usable, records, stock_docs, strict=True):
        report.articles += 1
        report.heldout_articles += gold.split == "heldout"
        ours, theirs = ours_entities(record), stock_entities(doc)
        for kind in TYPES:
            neutral = gold.neutral
            tp, wrong, missed = matches(ours[kind], gold.entities[kind], neutral)
            stock_counts = match(theirs[kind], gold.entities[kind], neutral)
            report.ours[kind].add(tp, len(wrong), len(missed))
            report.stock[kind].add(*stock_counts)
            if gold.split == "heldout":
                report.heldout_ours.add(tp, len(wrong), len(missed))
                report.heldout_stock.add(*stock_counts)
            for forms in wrong:
                report.entity_errors.append(f"{gold.path.name}: {kind}: extra {sorted(forms)}")
            for forms in missed:
                report.entity_errors.append(f"{gold.path.name}: {kind}: missed {sorted(forms)}")
        score_quotes(record, gold, articles[gold.path], report)
    return report
