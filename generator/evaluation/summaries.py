"""Key points against reference highlights (CNN/DailyMail), beside Lead-3.

ROUGE-1/2/Lsum F1 (rouge-score, stemming on; one sentence a line for Lsum) of our
`key_points` and of Lead-3 (the first three sentences of stock spaCy's split of the
text we read, skipping byline pieces of under five words), averaged over the stories
of a half. Also: how often our summary repeats a key point word for word.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from generator.evaluation.matching import share, text_key_of
from generator.evaluation.report import Row
from generator.evaluation.sources import read_seeds, seeds_from, stock_nlp
from generator.evaluation.split import HALVES, TUNE, split
from generator.extract import extract, nlp_text
from generator.seeds import Seed

METRICS = ("rouge1", "rouge2", "rougeLsum")
#: Sentences shorter than this are not taken into Lead-3 (see `lead3`).
MIN_LEAD_WORDS = 5
LABELS = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeLsum": "ROUGE-Lsum"}


@dataclass(frozen=True)
class Story:
    """One story: its id, the seed we read and the reference highlights."""

    id: str
    seed: Seed
    highlights: tuple[str, ...]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())


def stories(data: Path, cnn: Path) -> tuple[list[Story], int]:
    """Every story of the summaries set and the CNN corpus folder; and files refused."""
    folder = data / "summaries"
    with (folder / "cnndm_train_sample.csv").open(encoding="utf-8", newline="") as handle:
        rows: list[dict[str, Any]] = list(csv.DictReader(handle))
    with (folder / "cnndm_val_15.jsonl").open(encoding="utf-8") as handle:
        rows += [json.loads(line) for line in handle if line.strip()]
    by_id = {str(row["id"]): row for row in rows}
    seeds = seeds_from({id: "\n\n".join(_lines(row["article"])) for id, row in by_id.items()})
    found = [Story(id, seed, _lines(by_id[id]["highlights"])) for id, seed in seeds.items()]
    stories, refused = read_seeds(sorted(cnn.glob("*.story")))
    found += [Story(path.stem, seed, seed.highlights) for path, seed in stories]
    return found, refused + len(by_id) - len(seeds)


def lead3(doc: Doc) -> list[str]:
    """The first three sentences of stock spaCy's split that have five words or more:
    shorter ones are the byline and timestamp pieces of flattened DailyMail text
    ("By .", "PUBLISHED: ."), which would make the peer weaker than it is."""
    sentences = (sent.text.strip() for sent in doc.sents)
    return [s for s in sentences if len(s.split()) >= MIN_LEAD_WORDS][:3]


def repeats_a_key_point(summary: str, points: Sequence[str]) -> bool:
    """Whether the summary holds one of the key points word for word."""
    text = text_key_of(summary)
    return any((key := text_key_of(point).rstrip(".!?;: ")) and key in text for point in points)


def evaluate(data: Path, cnn: Path, *, verbose: bool = False) -> tuple[list[Row], list[str]]:
    """Rows of ROUGE for ours and Lead-3 per half, and of summaries that repeat a point; with
    ``verbose``, the tune-half stories where our key points score below Lead-3 on ROUGE-1,
    each with both lists of sentences (the check half is read as figures only)."""
    from rouge_score import rouge_scorer

    found, refused = stories(data, cnn)
    halves = split(found, key=lambda s: s.id)
    ordered = [story for half in HALVES for story in halves[half]]
    records = dict(zip((s.id for s in ordered), extract([s.seed for s in ordered]), strict=True))
    stock_docs = stock_nlp().pipe(nlp_text(s.seed) for s in ordered)
    leads = {story.id: lead3(doc) for story, doc in zip(ordered, stock_docs, strict=True)}
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    rows: list[Row] = []
    errors: list[str] = []
    repeats: dict[str, tuple[int, int]] = {}
    for half in HALVES:
        totals = {(system, m): 0.0 for system in ("ours", "lead3") for m in METRICS}
        repeated = 0
        for story in halves[half]:
            record = records[story.id]
            reference = "\n".join(story.highlights)
            candidates = {"ours": record["key_points"], "lead3": leads[story.id]}
            first: dict[str, float] = {}
            for system, sentences in candidates.items():
                scores = scorer.score(reference, "\n".join(sentences))
                first[system] = scores["rouge1"].fmeasure
                for metric in METRICS:
                    totals[(system, metric)] += scores[metric].fmeasure
            if verbose and half == TUNE and first["ours"] < first["lead3"]:
                errors.append(below_lead3(story.id, story.highlights, candidates, first))
            repeated += repeats_a_key_point(record["summary"] or "", record["key_points"])
        count = len(halves[half])
        repeats[half] = (repeated, count)
        for metric in METRICS:
            rows.append(
                Row(
                    f"Key points {LABELS[metric]} (peer Lead-3)",
                    half,
                    totals[("ours", metric)] / count if count else None,
                    totals[("lead3", metric)] / count if count else None,
                    f"{count} stories" + (f", {refused} refused" if refused else ""),
                    style="rouge",
                )
            )
    for half in HALVES:
        rows.append(
            Row(
                "Summary repeats a key point",
                half,
                share(*repeats[half]),
                count=f"{repeats[half][1]} stories",
                style="percent",
            )
        )
    return rows, errors


def below_lead3(
    story_id: str,
    highlights: Sequence[str],
    candidates: dict[str, list[str]],
    first: dict[str, float],
) -> str:
    """One tune-half story where our points score below Lead-3: its id, both ROUGE-1 figures,
    the reference highlights and both lists of sentences."""
    ours, lead3_score = 100 * first["ours"], 100 * first["lead3"]
    lines = [f"{story_id}: ROUGE-1 ours {ours:.2f}, Lead-3 {lead3_score:.2f}"]
    lines += [f"    highlight: {line}" for line in highlights]
    for system, sentences in candidates.items():
        lines += [f"    {system}: {sentence}" for sentence in sentences]
    return "\n".join(lines)
