"""Names of pubs, inns and restaurants, which borrow people's and things' names: "the Queen
Anne pub", "the Rose and Crown pub".

A name inside a run of capitalised words that an article or a possessive opens and a
lower-case noun of a venue closes is a part of the venue's name: no person ("Anne"), no
place ("Rose"). A place the tables or the gazetteer know is left alone: "the Kelby pub" is a
pub in Kelby. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.mentions import WORK, Mention

#: Lower-case nouns of venues named as people are: "the Queen Anne pub".
_VENUES = frozenset(
    {"pub", "inn", "tavern", "hotel", "bar", "restaurant", "cafe", "caf\u00e9", "nightclub"}
    | {"bistro", "brasserie", "gastropub", "alehouse"}
)
#: Small words a venue's name holds between its capitalised words: "the Rose and Crown".
_JOINS = frozenset({"and", "&", "of", "'s", "\u2019s"})
#: Words that open the noun phrase of a venue: "the Queen Anne pub", "his Crown Inn bar".
_OPENERS = frozenset({"DT", "PRP$", "POS"})
#: Most words of a venue's name read either side of the mention.
_REACH = 5


def _in_name(token: Token) -> bool:
    """A capitalised word or a small joining word of a venue's name."""
    doc = token.doc
    joined = 0 < token.i < len(doc) - 1 and doc[token.i - 1].is_title and doc[token.i + 1].is_title
    return token.is_title or (token.lower_ in _JOINS and joined)


def named_venue(mention: Mention) -> bool:
    """Whether the mention is a part of a venue's name (see the module's doc)."""
    span = mention.span
    if mention.place is not None and mention.place.kind != "other":
        return False
    doc = span.doc
    end = span.end
    while end < min(span.end + _REACH, len(doc)) and _in_name(doc[end]):
        end += 1
    if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in _VENUES:
        return False
    start = span.start
    while start > max(span.start - _REACH, 0) and _in_name(doc[start - 1]):
        start -= 1
    return start > 0 and doc[start - 1].tag_ in _OPENERS


def venue_votes(mention: Mention) -> None:
    """A part of a venue's name votes for a thing, over a title before it ("Queen")."""
    if named_venue(mention):
        mention.vote(WORK, 6.0)
