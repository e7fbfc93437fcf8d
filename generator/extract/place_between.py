"""Two names after "between" and a word of travel or distance are two places.

"sailings between Kelby and Tarnholm", "the road between Vell and Arno", "halfway between
Kelby and Tarnholm": what a ferry, a road or a distance runs between are places, though the
model often reads a port as a body ("Kelby" of a club, a firm) or a person. "Talks between
Kelby and Tarnholm" may be between two clubs or councils, so only nouns and verbs of travel,
routes and distance count, and only for a name the tables know as a place (a name they do not
know is read as a place from the list it is in).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import singulars

#: Nouns and verbs of travel, routes and distance that "between" two places follows.
ROUTE_WORDS = frozenset(
    {"route", "sailing", "crossing", "ferry", "flight", "service", "train", "bus", "coach"}
    | {"line", "link", "road", "rail", "railway", "motorway", "highway", "journey", "trip"}
    | {"drive", "walk", "mile", "kilometre", "kilometer", "km", "distance", "corridor"}
    | {"tunnel", "bridge", "pipeline", "connection", "commute", "halfway", "midway", "border"}
    | {"frontier", "runs", "ran", "running", "travel", "travels", "travelled", "sails"}
    | {"sailed", "flies", "flew", "flying", "shuttles", "lies", "located", "situated"}
)
#: Most capitalised words of the first name after "between".
_MOST_WORDS = 4


def _between_at(span: Span) -> Token | None:
    """The "between" the name is the first or the second member after: "between Kelby and
    Tarnholm" for either name."""
    doc, at = span.doc, span.start - 1
    if at < 0:
        return None
    if doc[at].lower_ == "between":
        return doc[at]
    if doc[at].lower_ != "and":
        return None
    first = at
    while first > 0 and at - first < _MOST_WORDS and doc[first - 1].is_title:
        first -= 1
    if first == at or first == 0 or doc[first - 1].lower_ != "between":
        return None
    return doc[first - 1]


def _has_partner(span: Span, between: Token) -> bool:
    """Whether the other name of the pair is there: a capitalised word after "and" for the
    first name (the second's first words were checked by `_between_at`)."""
    doc, at = span.doc, span.end
    if between.i != span.start - 1:
        return True
    return at + 1 < len(doc) and doc[at].lower_ == "and" and doc[at + 1].is_title


def _route_word(between: Token) -> bool:
    """Whether "between" follows a word of travel or distance, or hangs on one in the parse:
    "sailings between", "the road between", "halfway between", "runs between"."""
    doc = between.doc
    before = doc[between.i - 1] if between.i > 0 else None
    words = [between.head]
    if before is not None:
        words.append(before)
    return any(
        not w.ent_type_ and any(form in ROUTE_WORDS for form in (w.lower_, *singulars(w.lower_)))
        for w in words
    )


def route_end(span: Span) -> bool:
    """Whether a name is one end of a route or distance "between" two capitalised names."""
    between = _between_at(span)
    return between is not None and _route_word(between) and _has_partner(span, between)
