"""Direct quotes: found, precise, and spoken by the right person; ours beside textacy.

A gold quote is found when a predicted quote overlaps it enough (`matching.match_quotes`,
one prediction per gold quote). Of the found quotes, the speaker is right when the gold
name agrees with our speaker's name or one of that entity's aliases (`names_agree`),
and wrong when we name someone else; naming nobody is neither, except that it is
right when the gold says the text names nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from generator.evaluation.matching import match_quotes, names_agree, near, share, words
from generator.evaluation.report import Row
from generator.evaluation.sources import stock_nlp
from generator.evaluation.split import HALVES
from generator.extract import extract, nlp_text
from generator.seeds import Seed

#: Speakers that name nobody: a peer's "he" is not a name.
PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "one",
        "who",
        "this",
        "that",
        "these",
        "those",
    ]
)


@dataclass(frozen=True)
class GoldQuote:
    """One direct quote of the gold: its words, and who said it (None: nobody named)."""

    words: tuple[str, ...]
    speaker: str | None
    #: False when the gold cannot say whether a speaker is right ("he" as written).
    judged: bool = True
    #: The gold's text of the quote, for the tune half's error list.
    text: str = ""


@dataclass(frozen=True)
class QuoteDoc:
    """One article of a quote set: its seed and gold."""

    name: str
    seed: Seed
    direct: tuple[GoldQuote, ...]
    #: Words of the other gold quotes (indirect ones): finding them is not a false quote.
    others: tuple[tuple[str, ...], ...] = ()
    #: Gold speakers are written as in the text, titles and all: a name inside agrees.
    inside: bool = False


@dataclass(frozen=True)
class Predicted:
    """One predicted quote: its words and the forms of its speaker (None: no speaker)."""

    words: tuple[str, ...]
    speaker: frozenset[str] | None


@dataclass
class QuoteTally:
    """Counts over the documents of a half."""

    gold: int = 0
    found: int = 0
    judged: int = 0
    right: int = 0
    wrong: int = 0
    predicted: int = 0
    predicted_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: QuoteTally) -> None:
        """Add another document's counts."""
        self.gold += other.gold
        self.found += other.found
        self.judged += other.judged
        self.right += other.right
        self.wrong += other.wrong
        self.predicted += other.predicted
        self.predicted_right += other.predicted_right
        self.errors.extend(other.errors)


def speaker_forms(record: dict[str, Any], speaker: str | None) -> frozenset[str] | None:
    """The name and aliases of the record entity a quote's speaker names."""
    if not speaker:
        return None
    for entry in [*(record.get("people") or []), *(record.get("organizations") or [])]:
        if entry["name"] == speaker:
            return frozenset([speaker, *(entry.get("aliases") or [])])
    return frozenset([speaker])


def record_quotes(record: dict[str, Any]) -> list[Predicted]:
    """Our record's quotes as predictions."""
    return [
        Predicted(tuple(words(q["text"])), speaker_forms(record, q.get("speaker")))
        for q in record.get("quotes") or []
    ]


def textacy_quotes(doc: Doc) -> list[Predicted]:
    """textacy's direct quotations of a stock doc; a document it refuses gives none."""
    from textacy.extract.triples import direct_quotations

    found: list[Predicted] = []
    try:
        for triple in direct_quotations(doc):
            speaker = " ".join(token.text for token in triple.speaker)
            named = speaker and speaker.casefold() not in PRONOUNS
            found.append(
                Predicted(
                    tuple(words(triple.content.text)), frozenset([speaker]) if named else None
                )
            )
    except ValueError:
        # An odd number of quote marks: textacy gives up on the whole document.
        return []
    return found


def score_doc(doc: QuoteDoc, predicted: Sequence[Predicted], *, errors: bool) -> QuoteTally:
    """The counts of one document."""
    tally = QuoteTally(gold=len(doc.direct), predicted=len(predicted))
    matched = match_quotes([g.words for g in doc.direct], [p.words for p in predicted])
    for gold, index in zip(doc.direct, matched, strict=True):
        if index is None:
            if errors:
                tally.errors.append(f"{doc.name}: not found: {gold.text[:70]!r}")
            continue
        tally.found += 1
        if not gold.judged:
            continue
        tally.judged += 1
        ours = predicted[index].speaker
        if gold.speaker is None:
            right, wrong = ours is None, ours is not None
        elif ours is None:
            right = wrong = False
        else:
            right = names_agree(gold.speaker, ours, inside=doc.inside)
            wrong = not right
        tally.right += right
        tally.wrong += wrong
        if errors and not right:
            name = sorted(ours)[0] if ours else None
            tally.errors.append(
                f"{doc.name}: speaker {name!r}, gold {gold.speaker!r}: {gold.text[:50]!r}"
            )
    used = {index for index in matched if index is not None}
    references = [g.words for g in doc.direct] + list(doc.others)
    for index, prediction in enumerate(predicted):
        if index in used or any(near(ref, prediction.words) for ref in references):
            tally.predicted_right += 1
        elif errors:
            tally.errors.append(f"{doc.name}: no such quote: {' '.join(prediction.words[:12])!r}")
    return tally


@dataclass
class QuoteRun:
    """What one quote set measured, and the parses behind it (by document name)."""

    rows: list[Row]
    errors: list[str]
    records: dict[str, dict[str, Any]]
    stock_docs: dict[str, Doc]


def measure(label: str, halves: dict[str, list[QuoteDoc]], *, verbose: bool) -> QuoteRun:
    """Rows of one quote set and the tune half's errors; our records and the stock docs."""
    docs = [doc for half in HALVES for doc in halves[half]]
    records = dict(zip((d.name for d in docs), extract([d.seed for d in docs]), strict=True))
    stock_docs = dict(
        zip((d.name for d in docs), stock_nlp().pipe(nlp_text(d.seed) for d in docs), strict=True)
    )
    ours: dict[str, QuoteTally] = {}
    peer: dict[str, QuoteTally] = {}
    for half in HALVES:
        ours[half], peer[half] = QuoteTally(), QuoteTally()
        for doc in halves[half]:
            errors = verbose and half == "tune"
            ours[half].add(score_doc(doc, record_quotes(records[doc.name]), errors=errors))
            peer[half].add(score_doc(doc, textacy_quotes(stock_docs[doc.name]), errors=False))
    return QuoteRun(
        list(_rows(label, halves, ours, peer)), ours["tune"].errors, records, stock_docs
    )


#: (measure, the share it reports as (part, whole) of a tally, how to print it).
_MEASURES: tuple[tuple[str, Callable[[QuoteTally], tuple[int, int]], str], ...] = (
    ("quotes found", lambda t: (t.found, t.gold), "share"),
    ("quote precision", lambda t: (t.predicted_right, t.predicted), "share"),
    ("speaker right", lambda t: (t.right, t.judged), "share"),
    ("wrong speaker", lambda t: (t.wrong, t.judged), "percent"),
)


def _rows(
    label: str,
    halves: dict[str, list[QuoteDoc]],
    ours: dict[str, QuoteTally],
    peer: dict[str, QuoteTally],
) -> Iterator[Row]:
    for measure, part_of, style in _MEASURES:
        for half in HALVES:
            o, p = ours[half], peer[half]
            counts = {
                "quotes found": f"{o.gold} quotes, {len(halves[half])} docs",
                "quote precision": f"{o.predicted}/{p.predicted} predicted",
                "speaker right": f"{o.judged}/{p.judged} found and judged",
            }
            yield Row(
                f"{label} {measure}",
                half,
                share(*part_of(o)),
                share(*part_of(p)),
                counts.get(measure, ""),
                style=style,
            )
