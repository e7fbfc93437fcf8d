"""A role in brackets beside a name, as a quote or an aside gives it.

Quoted speech names people as the speaker did, and the writer adds who they are in square
brackets: "Ann Vell [the Transport Secretary] must listen". Prose does the same the other
way round, the office first and the name bracketed after it: "the minister (Ann Vell) had
ignored it"; or brackets the office right before the name: "(Rural affairs minister) Ann
Vell". Round brackets after a name often hold no role ("Ann Vell (Labour)", an age, a
state), so a bracket counts only when the noun it is headed by names someone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.role_nouns import names_someone
from generator.extract.role_phrases import role_phrase

#: Opening bracket -> its closing one.
_PAIRS = {"[": "]", "(": ")"}


def bracketed(span: Span, lex: Lexicon) -> str | None:
    """The role in brackets right after the name ("Ann Vell [the Transport Secretary]"), or
    the role right before the bracketed name ("the minister (Ann Vell)"), or a role the
    writer put in square brackets before the name ("[the envoy] Ann Vell"); or None."""
    return _after(span, lex) or _before(span, lex) or _inserted_before(span, lex)


def _after(span: Span, lex: Lexicon) -> str | None:
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in _PAIRS:
        return None
    closing = _PAIRS[doc[span.end].text]
    end = next((t.i for t in doc[span.end + 1 :] if t.text == closing), None)
    if end is None or end == span.end + 1:
        return None
    inside = doc[span.end + 1 : end]
    head = _head(inside)
    if head is None or not names_someone(head, lex):
        return None
    return role_phrase(head, range(span.start, span.end), lex)


def _before(span: Span, lex: Lexicon) -> str | None:
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return None
    opening = doc[span.start - 1].text
    if opening not in _PAIRS or doc[span.end].text != _PAIRS[opening]:
        return None
    noun = doc[span.start - 2]
    if noun.pos_ not in ("NOUN", "PROPN") or not names_someone(noun, lex):
        return None
    return role_phrase(noun, range(span.start - 1, span.end + 1), lex)


#: Most words of a writer's bracketed insert before a name ("[EU trade envoy]").
MAX_INSERT_WORDS = 6


def _inserted_before(span: Span, lex: Lexicon) -> str | None:
    """ "envoy" of "[the envoy] Ann Vell", "former Acme chief executive" of "(former Acme
    chief executive) Ann Vell": the writer's insert into quoted words, or into a list of
    names, which names the one the speaker named. A round bracket's words count only as
    a role's ("(pictured) Ann Vell" is an aside of the picture)."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text not in _PAIRS.values():
        return None
    close = span.start - 1
    start = max(close - MAX_INSERT_WORDS - 1, 0)
    marks = set(_PAIRS) | set(_PAIRS.values())
    opening = next((t.i for t in reversed(doc[start:close]) if t.text in marks), None)
    if opening is None or _PAIRS.get(doc[opening].text) != doc[close].text or opening + 1 == close:
        return None
    head = _head(doc[opening + 1 : close])
    if head is None or not names_someone(head, lex):
        return None
    return role_phrase(head, range(span.start, span.end), lex)


def _head(inside: Span) -> Token | None:
    """The one word of a bracket's words that the others hang from, if it is a noun."""
    heads = [t for t in inside if not (inside.start <= t.head.i < inside.end) or t.head == t]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[0]
