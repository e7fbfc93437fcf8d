"""Page furniture inside the parsed text: credits and prompts the seed reader left in."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.nlp import text_of

#: Lines of page furniture: photo credits, video prompts, share buttons.
_DEBRIS = re.compile(
    r"getty images|\bap photo\b|image copyright|image caption|scroll down for video|"
    r"\bphotograph:|\(photo:|\bpictured\b:|media playback",
    re.I,
)

#: Words of a line or sentence that can be furniture as a whole.
_SHORT_LINE = 15


def debris_tokens(doc: Doc) -> set[int]:
    """Tokens of page furniture: a short line, or a sentence, that is a credit or a prompt."""
    if not _DEBRIS.search(text_of(doc)):
        return set()
    out: set[int] = set()
    offset = 0
    for line in text_of(doc).split("\n"):
        start, offset = offset, offset + len(line) + 1
        if len(line.split()) <= _SHORT_LINE and _DEBRIS.search(line):
            span = doc.char_span(start, start + len(line), alignment_mode="expand")
            out.update(range(span.start, span.end) if span is not None else ())
    for sent in doc.sents:
        if len(sent) <= _SHORT_LINE and _DEBRIS.search(sent.text):
            out.update(range(sent.start, sent.end))
    return out
