"""Two bodies, each named with "of", that the model read as one name across "and".

"the Bank of Tarvia and State Bank of Kelby", "the Council of Arden and Trust of Selby": the
model often runs both names into one span. A body's name holds "and" between the parts of
its complement ("the Department of Trade and Industry", "the Academy of Arts and Sciences"),
never a second head noun with a complement of its own: when the words right after the "and"
are capitalised and end on a body's head noun that "of" follows, the span is two bodies.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.body_and_names import JOINT_HEADS
from generator.extract.span_ranges import replaced_by

#: Head nouns of a body named with an "of" complement: the public bodies' and a bank's.
_HEADS = JOINT_HEADS | frozenset({"bank", "chamber", "church", "order"})
#: Most capitalised words before the second body's head noun: "State Bank", "Royal Bank".
_MOST_WORDS_BEFORE_HEAD = 3


def split_bodies_of(spans: list[Span]) -> list[Span]:
    """``spans`` with each organization span that holds two bodies named with "of" (see the
    module) cut in two at its "and"."""
    out = spans
    for span in spans:
        cut = _second_body_start(span)
        if cut is not None:
            doc = span.doc
            first = Span(doc, span.start, cut - 1, label="ORG")
            second = Span(doc, cut, span.end, label="ORG")
            out = replaced_by(out, [first, second])
    return out


def _second_body_start(span: Span) -> int | None:
    """Where the second body starts in a span of two bodies named with "of", or None."""
    if span.label_ != "ORG":
        return None
    first_of = next((t.i for t in span if t.lower_ == "of"), None)
    if first_of is None or first_of == span.start or span.doc[first_of - 1].lower_ not in _HEADS:
        return None
    for token in span:
        if token.i <= first_of or token.lower_ != "and" or token.i + 1 >= span.end:
            continue
        if _headed_with_of(span, token.i + 1):
            return token.i + 1
    return None


def _headed_with_of(span: Span, start: int) -> bool:
    """Whether capitalised words from ``start`` end on a head noun that "of" and a
    capitalised word follow, all inside ``span``: "State Bank of Kelby"."""
    doc = span.doc
    at = start
    while at < span.end and at - start < _MOST_WORDS_BEFORE_HEAD and doc[at].is_title:
        if doc[at].lower_ in _HEADS:
            return at + 2 < span.end and doc[at + 1].lower_ == "of" and doc[at + 2].is_title
        at += 1
    return False
