"""The telling words of each briefing, weighted against the desk (tf-idf): what the thread
grouping compares texts by.

A briefing's words are a function of its text alone, and its vector of those words and how
many briefings use each of them. So the model's memory keeps, per digest of a text, its
words and its last vector: a build takes the words of an unchanged text from it, and the
vector too unless one of its words is now used by more or fewer briefings (or the desk grew
or shrank, which reweighs every word). Each vector comes with a token that changes whenever
the vector does: the thread grouping compares tokens to see where its input changed.
"""

from __future__ import annotations

import functools
import math
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from typing import overload

from generator.incremental import digest_bytes
from generator.record import Record
from generator.sitemodel.memory import ModelMemory

#: Words kept per briefing for the text comparison: its most telling ones.
TERMS_MAX = 60
#: Characters of the body read for them: the lead, which carries the story (a whole long
#: article would cost more and add its background).
LEAD = 1500

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]")
#: Words that say nothing about a story, whatever it is (common English function words).
_STOP_WORDS = """a about after again against all also am an and any are as at be because been before
    being between both but by can could did do does doing down during each few for from further
    had has have having he her here hers him his how i if in into is it its itself just like
    may me might more most mr mrs ms much must my new no nor not now of off on once one only or
    other our out over own said same says she should so some such than that the their them then
    there these they this those through to too two under until up very was we were what when
    where which while who whom why will with would year years you your"""
_STOP = frozenset(_STOP_WORDS.split())
_SECTION = "words"

Vector = dict[str, float]
#: A text's words and their counts (each joined by spaces), its vector's words (joined) and
#: weights (doubles), and the vector's token.
_Entry = tuple[str, str, str, bytes, str]


def word_counts(record: Record) -> Counter[str]:
    """The telling words of a briefing and how often it uses them: its title, summary, key
    points and the lead of its text, lower case, function words left out."""
    parts = (record["title"], record["summary"], *record["key_points"], record["body"][:LEAD])
    counted = Counter(_WORD.findall(" ".join(parts).lower().replace("’", "'")))
    for word in [w for w in counted if len(w) < 3 or w in _STOP]:
        del counted[word]
    return counted


def text_vectors(
    records: list[Record], memory: ModelMemory | None = None
) -> tuple[Vectors, list[str]]:
    """Each briefing's ``TERMS_MAX`` most telling words, weighted (tf-idf), unit length; and
    with a memory, each vector's token (equal tokens: equal vectors; without, all empty)."""
    saved, saved_total, saved_used, saved_texts = _recalled(memory)
    digests = [_text_digest(r) for r in records]
    entries: dict[str, _Entry] = {}
    #: The texts read now: their words and counts as lists (not parsed back from strings).
    read: dict[str, tuple[list[str], list[int]]] = {}
    for record, digest in zip(records, digests, strict=True):
        if digest in entries:
            continue
        hit = saved.get(digest)
        if hit is not None:
            entries[digest] = hit
            continue
        counted = word_counts(record)
        read[digest] = (list(counted), list(counted.values()))
        entries[digest] = (" ".join(counted), " ".join(map(str, counted.values())), "", b"", "")
    texts = Counter(digests)
    total = len(records)
    used = _used(entries, texts, saved, saved_used, saved_texts)
    # A word of one briefing joins nothing: it has no weight.
    rarity = {w: math.log((total + 1) / n) for w, n in used.items() if n > 1}
    reweighed = _reweighed(saved_used, used, rarity, saved_total != total)
    made: dict[str, Vector] = {}
    tf: list[float] = [0.0]
    for digest, (words, numbers, _, _, token) in entries.items():
        if token and _still_weighed(words, reweighed):
            continue
        split, counts = read.get(digest) or (_split(words), [int(n) for n in _split(numbers)])
        tf.extend(_tf(n) for n in range(len(tf), max(counts, default=0) + 1))
        vector = made[digest] = _vector(split, counts, rarity, tf)
        if memory is not None:  # what only a memory needs
            top, weights = " ".join(vector), array("d", vector.values()).tobytes()
            entries[digest] = (words, numbers, top, weights, _token(top, weights))
    if memory is not None:
        memory.keep(_SECTION, (total, used, dict(texts), entries))
    return Vectors(digests, entries, made), [entries[d][4] for d in digests]


class Vectors(Sequence[Vector]):
    """The vectors of a list of briefings, each made from its kept words and weights only
    when asked for (a build that takes the thread grouping's decisions again asks for few)."""

    def __init__(
        self, digests: list[str], entries: dict[str, _Entry], made: dict[str, Vector]
    ) -> None:
        self.digests = digests
        self.entries = entries
        self.made = made

    def __len__(self) -> int:
        return len(self.digests)

    @overload
    def __getitem__(self, at: int) -> Vector: ...

    @overload
    def __getitem__(self, at: slice) -> list[Vector]: ...

    def __getitem__(self, at: int | slice) -> Vector | list[Vector]:
        if isinstance(at, slice):
            return [self[i] for i in range(len(self))[at]]
        digest = self.digests[at]
        vector = self.made.get(digest)
        if vector is None:
            _, _, words, weights, _ = self.entries[digest]
            vector = dict(zip(_split(words), array("d", weights), strict=True))
            self.made[digest] = vector
        return vector


def _still_weighed(words: str, reweighed: set[str] | None) -> bool:
    """True when each of the (joined) words weighs what it did at the earlier build
    (``reweighed``: the words that do not; None when no word is known to)."""
    return reweighed is not None and (not reweighed or reweighed.isdisjoint(_split(words)))


def _split(joined: str) -> list[str]:
    """Words (or counts) kept joined by spaces: no word holds one (see ``_WORD``)."""
    return joined.split(" ") if joined else []


def _recalled(
    memory: ModelMemory | None,
) -> tuple[dict[str, _Entry], int, dict[str, int], dict[str, int]]:
    """The earlier build's entries per text digest, its count of briefings, of briefings
    using each word, and of briefings of each text; nothing when it kept none."""
    kept = memory.recall(_SECTION) if memory is not None else None
    if not (isinstance(kept, tuple) and len(kept) == 4):
        return {}, -1, {}, {}
    total, used, texts, entries = kept
    return entries, total, used, texts


def _used(
    entries: dict[str, _Entry],
    texts: Counter[str],
    saved: dict[str, _Entry],
    saved_used: dict[str, int],
    saved_texts: dict[str, int],
) -> dict[str, int]:
    """How many briefings use each word: the earlier build's counts, corrected by the texts
    that came and went (counted afresh when there are none)."""
    if not saved_texts:
        used: Counter[str] = Counter()
        for digest, times in texts.items():
            _add(used, entries[digest][0], times)
        return dict(used)
    changed: Counter[str] = Counter(saved_used)
    for digest in saved_texts.keys() | texts.keys():
        difference = texts.get(digest, 0) - saved_texts.get(digest, 0)
        if difference:
            words = entries[digest][0] if digest in entries else saved[digest][0]
            _add(changed, words, difference)
    return {w: n for w, n in changed.items() if n > 0}


def _add(counter: Counter[str], words: str, times: int) -> None:
    """Count each of the (joined) words ``times`` more (fewer, when negative)."""
    split = _split(words)
    for _ in range(abs(times)):
        if times > 0:
            counter.update(split)
        else:
            counter.subtract(split)


def _reweighed(
    saved_used: dict[str, int], used: dict[str, int], rarity: dict[str, float], grew: bool
) -> set[str] | None:
    """Words whose weight changed since the earlier build; None for every word (the number
    of briefings changed, or there was no earlier build)."""
    if grew:
        return None
    return {
        w
        for w in saved_used.keys() | used.keys()
        if saved_used.get(w) != used.get(w)
        and (saved_used.get(w, 0) > 1 or w in rarity)  # a word of one briefing weighs nothing
    }


def _vector(
    words: list[str], numbers: list[int], rarity: dict[str, float], tf: list[float]
) -> Vector:
    """The vector of a text's counted words; ``tf``: each count's weight (_tf), by count."""
    # (-weight, word): the heaviest first, ties by the word, so the choice is total
    # (a sort in C: what heapq.nsmallest would pick, sooner).
    weighed = [(-tf[n] * rarity[w], w) for w, n in zip(words, numbers, strict=True) if w in rarity]
    weighed.sort()
    top = weighed[:TERMS_MAX]
    norm = math.sqrt(math.fsum(v * v for v, _ in top)) or 1.0
    return {w: -v / norm for v, w in top}


def _token(top: str, weights: bytes) -> str:
    """A digest of a vector: its words (joined; no word holds NUL) and weights (doubles)."""
    told = top.encode("utf-8", "surrogatepass") + b"\0" + weights
    return digest_bytes(told)


def _text_digest(record: Record) -> str:
    """A digest of exactly the text ``word_counts`` reads."""
    parts = (record["title"], record["summary"], *record["key_points"], record["body"][:LEAD])
    text = " ".join(parts).encode("utf-8", "surrogatepass")
    return digest_bytes(text)


@functools.cache
def _tf(count: int) -> float:
    """How much using a word ``count`` times weighs (1 + log: repeats count less and less)."""
    return 1 + math.log(count)
