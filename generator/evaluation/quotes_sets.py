"""The three quote sets read into `QuoteDoc`s: Canadian, British and PolNeAR.

- Canadian (Gender Gap Tracker): only gold quotes in quote marks are direct; the
  speaker is the resolved `reference` (else `speaker`), none when both are empty,
  and not judged when it names nobody ("a spokesperson", "officials").
- British (Daily Mail): the 30 annotated articles; a quote is given by its first
  words (`start`), its speaker by the canonical name or null.
- PolNeAR: attributions whose Content is in quote marks; the speaker is the Source
  text as written (judged only when it names the speaker, `names_someone`), none
  without a Source.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.evaluation.matching import words
from generator.evaluation.quotes_scoring import GoldQuote, QuoteDoc
from generator.evaluation.sources import read_seeds, seeds_from
from generator.evaluation.split import split

_OPENING = ('"', "\u201c", "\u201d", "\u2018", "'", "\u00ab")
_CLOSING = ('"', "\u201d", "\u201c", "\u2019", "'", "\u00bb")
#: Capitalised words that do not make a source a name.
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "that",
        "these",
        "those",
    ]
)


def is_direct(text: str) -> bool:
    """Whether a gold quotation is in quote marks: it opens with one."""
    return text.strip().startswith(_OPENING)


def is_quoted_content(text: str) -> bool:
    """Whether an attribution's content is a direct quotation: marks at both ends."""
    stripped = text.strip().rstrip(".,;:")
    return stripped.startswith(_OPENING) and stripped.endswith(_CLOSING)


def names_someone(source: str) -> bool:
    """Whether a source as written names its speaker: some comma-separated part of it
    ends in a capitalised word that is not a determiner or pronoun ("Ann Vell, 52,";
    "Tom Ames, a lawyer"; "the Ledger"). "he", "a senior official" and descriptions
    ("the Norland businessman", "Tom Ames's son") are not judged: the person a
    reader resolves them to may be the right speaker, and the gold cannot say."""
    unbracketed = _BRACKETED.sub(" ", source)
    return any(_ends_in_name(part) for part in unbracketed.split(","))


_BRACKETED = re.compile(r"\([^)]*\)")


def _ends_in_name(part: str) -> bool:
    words_ = [w.strip(".;:'\"\u2018\u2019\u201c\u201d") for w in part.split()]
    words_ = [w for w in words_ if w and not w.isdigit()]
    if not words_:
        return False
    last = words_[-1]
    return last[:1].isupper() and last.casefold() not in _NOT_NAMES


# --- Canadian ----------------------------------------------------------------------


def canadian_paragraphs(text: str) -> list[str]:
    """The paragraphs of a Gender Gap Tracker article (lines; " ." lines separate)."""
    return [line.strip() for line in text.splitlines() if line.strip() not in ("", ".")]


def canadian_gold(
    entry: dict[str, Any],
) -> tuple[tuple[GoldQuote, ...], tuple[tuple[str, ...], ...]]:
    """(direct gold quotes, words of the other gold quotes) of one article."""
    direct, others = [], []
    for quote in entry["quotes"]:
        text = str(quote.get("quote") or "")
        if is_direct(text):
            speaker = (quote.get("reference") or quote.get("speaker") or "").strip() or None
            judged = speaker is None or names_someone(speaker)
            direct.append(GoldQuote(tuple(words(text)), speaker, judged=judged, text=text))
        else:
            others.append(tuple(words(text)))
    return tuple(direct), tuple(others)


def canadian(data: Path) -> tuple[dict[str, list[QuoteDoc]], int]:
    """The Canadian set's halves, and how many articles were left out (no gold, unreadable)."""
    folder = data / "quotes-canadian"
    entries = json.loads((folder / "gold.json").read_text("utf-8"))
    usable = {f"{e['article']}.txt": e for e in entries if e.get("quotes") is not None}
    texts = {
        name: "\n\n".join(canadian_paragraphs((folder / "articles" / name).read_text("utf-8")))
        for name in usable
    }
    seeds = seeds_from(texts)
    docs = [QuoteDoc(name, seed, *canadian_gold(usable[name])) for name, seed in seeds.items()]
    return split(docs, key=lambda d: d.name), len(entries) - len(docs)


# --- British -------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldPerson:
    """A person of the British gold: name, aliases and role as the article gives it."""

    name: str
    aliases: tuple[str, ...]
    role: str | None


@dataclass(frozen=True)
class BritishDoc:
    """One annotated British article: its quotes and its people."""

    quotes: QuoteDoc
    people: tuple[GoldPerson, ...]


def british_gold(entry: dict[str, Any]) -> tuple[tuple[GoldQuote, ...], tuple[GoldPerson, ...]]:
    """(gold quotes, gold people) of one annotated article."""
    quotes = tuple(
        GoldQuote(tuple(words(q["start"])), q.get("speaker") or None, text=q["start"])
        for q in entry.get("quotes") or []
    )
    people = tuple(
        GoldPerson(p["name"], tuple(p.get("aliases") or []), p.get("role") or None)
        for p in entry.get("people") or []
    )
    return quotes, people


def british(data: Path) -> tuple[dict[str, list[BritishDoc]], int]:
    """The British set's halves (annotated articles only), and how many could not be read."""
    folder = data / "british-news"
    entries = {e["article"]: e for e in json.loads((folder / "gold.json").read_text("utf-8"))}
    seeds, refused = read_seeds([folder / "articles" / name for name in sorted(entries)])
    docs = []
    for path, seed in seeds:
        quotes, people = british_gold(entries[path.name])
        docs.append(BritishDoc(QuoteDoc(path.name, seed, quotes), people))
    return split(docs, key=lambda d: d.quotes.name), refused


# --- PolNeAR ---------------------------------------------------------------------------

_SPAN = re.compile(r"^(T\d+)\t(\w[\w-]*) [\d ;]+\t(.*)$")


def polnear_gold(ann: str) -> tuple[tuple[GoldQuote, ...], tuple[tuple[str, ...], ...]]:
    """(direct gold quotes, words of the other contents) of one BRAT annotation file."""
    spans: dict[str, tuple[str, str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        if match := _SPAN.match(line):
            spans[match.group(1)] = (match.group(2), match.group(3))
        elif line.startswith("E") and "\t" in line:
            roles = dict(part.split(":", 1) for part in line.split("\t", 1)[1].split())
            events.append(roles)
    direct, others = [], []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        text = content[1]
        if not is_quoted_content(text):
            others.append(tuple(words(text)))
            continue
        source = spans.get(roles.get("Source", ""))
        speaker = source[1].strip() if source else None
        judged = speaker is None or names_someone(speaker)
        direct.append(GoldQuote(tuple(words(text)), speaker, judged=judged, text=text))
    return tuple(direct), tuple(others)


def polnear(data: Path) -> tuple[dict[str, list[QuoteDoc]], int]:
    """PolNeAR dev and test together, split by file name; and texts that could not be read.

    Where several annotators labelled one text, the first annotation file is used.
    """
    docs = []
    paths = []
    for part in ("dev", "test"):
        paths.extend(sorted((data / "quotes-polnear" / part / "text").glob("*.txt")))
    seeds, refused = read_seeds(paths)
    for path, seed in seeds:
        folder = path.parent.parent / "attributions"
        own = re.compile(re.escape(path.stem) + r"_[0-9a-f]+\.ann")
        annotations = sorted(p for p in folder.glob(f"{path.stem}_*.ann") if own.fullmatch(p.name))
        if not annotations:
            refused += 1
            continue
        direct, others = polnear_gold(annotations[0].read_text("utf-8"))
        docs.append(QuoteDoc(path.name, seed, direct, others, inside=True))
    return split(docs, key=lambda d: d.name), refused
