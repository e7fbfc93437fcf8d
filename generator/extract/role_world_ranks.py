"""A player's place in a ranking as their role: "World No 4 Jo Roe", "Jo Roe, the
British number one,".

Sports copy names a player by their ranking as it names an official by their office, before
the name or set off by commas beside it. The ranking is "No" ("No.", "number") and a
numeral, after the table it is of: "world", a nationality, "women's". A bare "No 10" is
no ranking (the street, a shirt), so the table's word is required.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import lexicon

__all__ = ["ranking_before", "ranking_set_off"]

#: Words that open the place in a ranking: "No 4", "No. 4", "number four".
_NUMBER_WORDS = frozenset({"no", "no.", "number"})
#: "No.1" written as one token.
_JOINED = re.compile(r"^No\.?\d{1,3}$", re.IGNORECASE)
#: Words of a table that are no nationality: "world No 3", "women's number one".
_TABLES = frozenset({"world", "women", "men", "junior", "european", "atp", "wta"})
#: Most words naming the table before the place ("women's world").
MAX_TABLE_WORDS = 3
#: What may close a ranking set off after a name.
_CLOSERS = frozenset({",", ".", ";", "-", "–", "—", ")"})


def _table_word(token: Token) -> bool:
    """Whether a word names the table a ranking is of: "world", "British", "ATP"."""
    lower = token.lower_
    return lower in _TABLES or lower in lexicon().demonyms or token.ent_type_ == "NORP"


def _numeral(token: Token) -> bool:
    """Whether a word is a place's number, in figures or spelled ("4", "four")."""
    return token.text.isdigit() or (token.like_num and token.is_alpha)


def _place_end(doc: Doc, at: int) -> int | None:
    """The end of "No 4" ("No.1", "number three") starting at ``at``, or None."""
    tokens = tokens_of(doc)
    if _JOINED.match(tokens[at].text):
        return at + 1
    if tokens[at].lower_ in _NUMBER_WORDS and at + 1 < len(doc) and _numeral(tokens[at + 1]):
        return at + 2
    return None


def _ranking_from(doc: Doc, start: int) -> int | None:
    """The end of a ranking that starts at ``start`` with its table's words ("world No 4"),
    or None."""
    tokens = tokens_of(doc)
    at = start
    tables = 0
    while at < len(doc) and tables < MAX_TABLE_WORDS:
        token = tokens[at]
        if token.tag_ == "POS" and at > start:
            at += 1  # "women's"
            continue
        if not _table_word(token):
            break
        tables += 1
        at += 1
    if tables == 0 or at >= len(doc):
        return None
    return _place_end(doc, at)


def _written(doc: Doc, start: int, end: int) -> str:
    return "".join(t.text_with_ws for t in doc[start:end]).strip()


def ranking_before(span: Span) -> str | None:
    """ "World No 4" of "World No 4 Jo Roe lost", or None."""
    doc = span.doc
    for start in range(max(span.start - MAX_TABLE_WORDS - 3, 0), span.start - 1):
        if _ranking_from(doc, start) == span.start:
            return _written(doc, start, span.start)
    return None


def ranking_set_off(span: Span) -> str | None:
    """ "world No 4" of "Jo Roe, the world No 4, lost" or of "The world No 4, Jo Roe,
    lost", or None."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = span.end + 1
    if at < len(doc) and tokens[span.end].text == ",":
        at += tokens[at].lower_ == "the"
        end = _ranking_from(doc, at) if at < len(doc) else None
        if end is not None and (end == len(doc) or tokens[end].text in _CLOSERS):
            return _written(doc, at, end)
    if span.start < 3 or tokens[span.start - 1].text != ",":
        return None
    for start in range(max(span.start - MAX_TABLE_WORDS - 4, 0), span.start - 2):
        opener = tokens[start - 1] if start > 0 else None
        if opener is not None and not (opener.lower_ == "the" or opener.is_punct):
            continue
        if _ranking_from(doc, start) == span.start - 1:
            return _written(doc, start, span.start - 1)
    return None
