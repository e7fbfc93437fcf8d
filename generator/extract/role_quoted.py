"""Whether words stand inside quoted speech.

A quote's words are its speaker's, not the narrator's description: "my boss Ann
Vell" inside a quote says who she is to the speaker, and a misread sentence of
speech ("I saw posts Ann's owner Jo made") is no title at all. Roles are read
from the narrator's words only.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from generator.extract.nlp import text_of
from generator.extract.quote_marks import MIN_QUOTE_WORDS, find_quotes

__all__ = ["in_quote"]

_KEY = "briefings_role_quoted"


def _ranges(doc: Doc) -> tuple[list[int], list[int]]:
    """Starts and ends of the quoted character ranges of ``doc``, found once per doc."""
    found: tuple[list[int], list[int]] | None = doc.user_data.get(_KEY)
    if found is None:
        parts = sorted(p for q in find_quotes(text_of(doc), MIN_QUOTE_WORDS) for p in q.parts)
        found = ([start for start, _ in parts], [end for _, end in parts])
        doc.user_data[_KEY] = found
    return found


def in_quote(words: Span | Token) -> bool:
    """Whether a token, or the first token of a span, stands inside a quotation, not in
    square brackets there: "[the club's coach Jo Ames]" is the writer's, put in."""
    token = words if isinstance(words, Token) else words[0]
    starts, ends = _ranges(token.doc)
    at = bisect_right(starts, token.idx) - 1
    if at < 0 or token.idx >= ends[at]:
        return False
    before = text_of(token.doc)[starts[at] : token.idx]
    return before.rfind("[") <= before.rfind("]")
