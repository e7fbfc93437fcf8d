"""The cross street of a street corner, which names no town: "the mural on Cooper Avenue at
York", "the corner of Salem Avenue and Cornell".

American news places a spot at a crossing by the two streets' names, the second often
without its "Street" or "Avenue": "Elm Street at Lincoln". That name is the cross street's,
so the gazetteer's town of the name (York in England, Lincoln in Nebraska) is not meant.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of

#: Last words of a street's name before "at" and its cross street; not a highway's, which
#: runs through towns ("the coast highway at Kelby" is in Kelby).
_STREET_WORDS = frozenset(
    {"street", "avenue", "road", "boulevard", "drive", "lane", "st", "ave", "rd", "blvd", "dr"}
)
#: Most words of a cross street's name.
_MOST_WORDS = 2


def cross_street(span: Span) -> bool:
    """Whether a name of one or two words is the cross street of a corner: right after a
    street's name and "at" ("Cooper Avenue at York"), or after "the corner of" a street's
    name and "and" ("the corner of Salem Avenue and Cornell"), with no street word of its own
    at its end or after it (that is a street the text names in full, a place)."""
    doc = span.doc
    tokens = tokens_of(doc)
    if len(span) > _MOST_WORDS or span.start < 3:
        return False
    after = tokens[span.end] if span.end < len(doc) else None
    if _street_word(span[-1]) or (after is not None and _street_word(after)):
        return False  # "at Kettering Boulevard": a street the text names in full
    link, street = tokens[span.start - 1], tokens[span.start - 2]
    if not street.is_title or not _street_word(street):
        return False
    if link.lower_ == "at":
        return True
    if link.lower_ != "and":
        return False
    before = [t.lower_ for t in doc[max(span.start - 7, 0) : span.start - 2]]
    return "corner" in before and "of" in before


def _street_word(token: Token) -> bool:
    """Whether a word is the last word of a street's name: "Avenue", "Rd."."""
    return token.lower_.rstrip(".") in _STREET_WORDS
