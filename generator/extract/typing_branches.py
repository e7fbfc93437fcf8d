"""A body's branch for one country or nation, named as the body and the land: "BBC Scotland",
"Tarnco UK", "Vellmart Ireland". The model often ends the body's name before the land and
reads the land as a place of its own; the name is the branch's, one organization."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon
from generator.extract.mentions import place_named
from generator.extract.typing_untagged_firms import untagged_proper

#: Kinds of place a branch is named after: a country or a nation or province within one.
_LANDS = frozenset({"country", "region"})


def branch_names(spans: Iterable[Span], lex: Lexicon) -> list[Span]:
    """The spans, with a body's span and the land's name written straight after it joined
    into one body ("BBC" + "Scotland")."""
    spans = list(spans)
    starts = {span.start: span for span in spans}
    out: list[Span] = []
    for span in spans:
        if not out or span.start >= out[-1].end:  # not the land of the branch before
            out.append(_with_land(span, starts.get(span.end), lex))
    return out


def _with_land(body: Span, tagged: Span | None, lex: Lexicon) -> Span:
    """The body's span and the name of a land after it, as one organization, if the land
    names the body's branch: right after it on one line, with no possessive between
    ("Tarnco's UK arm" is the body's) and no noun after it that both qualify; else the span
    as it is."""
    doc = body.doc
    if body.label_ != "ORG" or body.end >= len(doc) or doc[body.end - 1].whitespace_ != " ":
        return body
    if doc[body.end - 1].tag_ == "POS" or not doc[body.end - 1].text[:1].isupper():
        return body
    if tagged is not None:
        land = tagged if tagged.label_ in ("GPE", "LOC") else None
    else:
        land = doc[body.end : body.end + 1] if untagged_proper(doc[body.end]) else None
    if land is None or not _names_a_land(land, lex) or _modifies_a_noun(land):
        return body
    branch = doc[body.start : land.end]
    branch.label_ = "ORG"
    return branch


def _names_a_land(land: Span, lex: Lexicon) -> bool:
    """Whether a span is the name of a country or of a region the tables know."""
    place = place_named(land.text, lex)
    return place is not None and place.kind in _LANDS


def _modifies_a_noun(land: Span) -> bool:
    """Whether a lower-case noun follows the land: body and land then qualify it side by side
    ("the EU Norway envoy", "a UN Kelbia arms ban"), as a branch's name does not."""
    doc = land.doc
    after = doc[land.end] if land.end < len(doc) else None
    return after is not None and after.pos_ == "NOUN" and after.is_lower
