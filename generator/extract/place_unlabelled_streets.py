"""Streets the model left out of its entities: "shares fell on Lindell Street".

`entities` adds them as place spans before the votes are read."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.nlp import text_of

__all__ = ["STREET", "street_matches", "unlabelled_streets"]

#: A street's name as written: capitalised words, then "Street" or "Avenue". Matched on
#: a span's text; a whole text is searched with `street_matches`, which finds the same.
STREET = re.compile(r"\b(?:[A-Z][a-z]+ )+(?:Street|Avenue)\b")
#: A run of capitalised words, each with one space after it: STREET's words before its last.
_RUN = re.compile(r"\b(?:[A-Z][a-z]+ )+")
#: The word that ends a street's name.
_STREET_WORDS = frozenset({"Street", "Avenue"})
_STREET_WORD = re.compile(r"(?:Street|Avenue)\b")


def street_matches(text: str) -> list[tuple[int, int]]:
    """Where STREET's finditer matches in ``text`` (start, end), in one pass. STREET itself
    reads a run of n capitalised words once from each of them (n*n steps on a text of one
    name repeated). A match opens on a run's first word (a match from a later word is a
    suffix of that one's, which the run's first word would have found) and, greedy, ends on
    the last street word that at least one word of the run precedes: the word after the run
    or the last one inside it. The run's words after that hold no street word, so no second
    match opens in the same run."""
    out = []
    for run in _RUN.finditer(text):
        after = _STREET_WORD.match(text, run.end())
        if after is not None:
            out.append((run.start(), after.end()))
            continue
        end = None  # the end of the last street word inside the run, after its first word
        at = run.start()
        for index, word in enumerate(run[0].split(" ")[:-1]):
            if index and word in _STREET_WORDS:
                end = at + len(word)
            at += len(word) + 1
        if end is not None:
            out.append((run.start(), end))
    return out


def unlabelled_streets(doc: Doc) -> list[Span]:
    """Streets the model left out of its entities ("shares fell on Lindell Street"), as
    place spans; a street inside another entity ("the Lindell Street Journal") is that one's.
    The text is searched, not every token, so a doc with no street costs one regex pass."""
    out = []
    for start, end in street_matches(text_of(doc)):
        span = doc.char_span(start, end)
        if span is None or any(t.ent_type_ for t in span) or span[0].pos_ != "PROPN":
            continue  # "Every Street": not a name
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
            continue  # "Lindell Street Partners": a firm's name the model missed
        span.label_ = "FAC"
        out.append(span)
    return out
