"""Topics from the IPTC Media Topics top level, by keyword evidence.

Each topic has a word list (``data/topics.yaml``). A story gets a topic when
its words hit that list often enough for the story's length; the hits are
kept so that an editor (and a test) can see why a topic was chosen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from generator.extract.lexicon import load_data
from generator.vocabulary import TOPICS

MAX_TOPICS = 3
#: A topic needs at least this many hits, and this many per 100 words...
MIN_HITS = 3
MIN_HITS_PER_100_WORDS = 0.8
#: ...or to be within this share of the best topic's hits.
SHARE_OF_BEST = 0.5

_WORD = re.compile(r"[a-z][a-z'-]*")
_Phrase = tuple[str, re.Pattern[str]]


@cache
def _keywords() -> dict[str, tuple[frozenset[str], tuple[str, ...], tuple[_Phrase, ...]]]:
    """Topic -> (exact words, word prefixes, multi-word phrases with their whole-word pattern)."""
    out = {}
    for topic, words in load_data("topics.yaml").items():
        if topic not in TOPICS:
            raise RuntimeError(f"topics.yaml: '{topic}' is not in the vocabulary")
        exact = frozenset(w for w in words if " " not in w and not w.endswith("*"))
        prefixes = tuple(w[:-1] for w in words if " " not in w and w.endswith("*"))
        phrases = tuple((w, re.compile(r"\b" + re.escape(w) + r"\b")) for w in words if " " in w)
        out[topic] = (exact, prefixes, phrases)
    return out


@cache
def _listed() -> tuple[frozenset[str], int, dict[str, tuple[str, ...]]]:
    """Every topic's exact words, and its word prefixes by their first letters (as many as
    the shortest prefix has): a word outside both is in no list. A word can start with a
    prefix only if its first letters are the prefix's, so only those few are tried."""
    keywords = _keywords().values()
    exact = frozenset(word for words, _, _ in keywords for word in words)
    prefixes = sorted({prefix for _, prefixes, _ in keywords for prefix in prefixes})
    size = min((len(prefix) for prefix in prefixes), default=0)
    by_start: dict[str, tuple[str, ...]] = {}
    for prefix in prefixes:
        by_start[prefix[:size]] = (*by_start.get(prefix[:size], ()), prefix)
    return exact, size, by_start


def topic_evidence(text: str) -> dict[str, Counter[str]]:
    """Topic -> the keywords of its list found in the text, with counts."""
    lower = text.lower()
    # A possessive is its word: "patient's" is evidence as "patient" is.
    counts: Counter[str] = Counter()
    for word, count in Counter(_WORD.findall(lower)).items():
        counts[word.removesuffix("'s")] += count
    # Only the words some list could match are tried against each topic's list.
    listed_words, size, by_start = _listed()
    candidates = [
        (word, count)
        for word, count in counts.items()
        if word in listed_words or word.startswith(by_start.get(word[:size], ()))
    ]
    evidence: dict[str, Counter[str]] = {}
    for topic, (exact, prefixes, phrases) in _keywords().items():
        hits: Counter[str] = Counter()
        for word, count in candidates:
            if word in exact or (prefixes and word.startswith(prefixes)):
                hits[word] += count
        for phrase, pattern in phrases:
            count = len(pattern.findall(lower)) if phrase in lower else 0
            if count:
                hits[phrase] += count
        if hits:
            evidence[topic] = hits
    return evidence


def without_names(text: str, names: Iterable[str]) -> str:
    """The text with each writing of the given names blanked out: a press secretary named
    Snow or a minister named Price is no evidence of weather or prices."""
    # Longest first, so that a full name goes before the surname it contains.
    written = sorted({name for name in names if name}, key=lambda n: (-len(n), n))
    if not written:
        return text
    pattern = "|".join(re.escape(name) for name in written)
    return re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", " ", text)


def topics_for(text: str, names: Iterable[str] = ()) -> list[str]:
    """The story's topics, strongest first (at most MAX_TOPICS); ``names`` are people's
    names as the text writes them, whose words count for no topic."""
    # The story's length is counted with the names: blanking them makes it no shorter.
    n_words = max(len(_WORD.findall(text.lower())), 1)
    evidence = topic_evidence(without_names(text, names))
    if not evidence:
        return []
    totals = {topic: sum(hits.values()) for topic, hits in evidence.items()}
    best = max(totals.values())
    chosen = [
        topic
        for topic, total in totals.items()
        if total >= MIN_HITS
        and total * 100 / n_words >= MIN_HITS_PER_100_WORDS
        and total >= SHARE_OF_BEST * best
    ]
    # Strongest first; IPTC order breaks ties so the output is deterministic.
    order = list(TOPICS)
    chosen.sort(key=lambda t: (-totals[t], order.index(t)))
    return chosen[:MAX_TOPICS]
