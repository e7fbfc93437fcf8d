"""Streets the model left out of its entities: "shares fell on Lindell Street".

`entities` adds them as place spans before the votes are read."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.nlp import text_of

__all__ = ["STREET", "unlabelled_streets"]

#: A street's name as written: capitalised words, then "Street" or "Avenue".
STREET = re.compile(r"\b(?:[A-Z][a-z]+ )+(?:Street|Avenue)\b")


def unlabelled_streets(doc: Doc) -> list[Span]:
    """Streets the model left out of its entities ("shares fell on Lindell Street"), as
    place spans; a street inside another entity ("the Lindell Street Journal") is that one's.
    The text is searched, not every token, so a doc with no street costs one regex pass."""
    out = []
    for found in STREET.finditer(text_of(doc)):
        span = doc.char_span(found.start(), found.end())
        if span is None or any(t.ent_type_ for t in span) or span[0].pos_ != "PROPN":
            continue  # "Every Street": not a name
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
            continue  # "Lindell Street Partners": a firm's name the model missed
        span.label_ = "FAC"
        out.append(span)
    return out
