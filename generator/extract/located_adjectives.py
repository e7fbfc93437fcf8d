"""A place made an adjective of where a body is: "Bristol-based studio Little Acorn".

"X-based" says where something is; it names nothing, though the model may read it as a
firm. The span loses the adjective, and is nothing when the adjective is all of it.
"""

from __future__ import annotations

from spacy.tokens import Span


def _located_at(span: Span, i: int) -> bool:
    """Whether tokens i and i+1 of the document, inside the span after its first word, spell
    "-based" joined to the word before: "Bristol-based"."""
    doc = span.doc
    return (
        doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].lower_ == "based"
    )


def without_located_adjective(span: Span) -> Span | None:
    """The span without an "X-based" adjective at its start or end; None when it is one."""
    start, end = span.start, span.end
    for i in range(start + 1, end - 1):
        if _located_at(span, i):
            if i + 2 == end:
                end = start  # "Bristol-based": where, no name
            else:
                start = i + 2  # "Bristol-based Little Acorn": the firm is Little Acorn
            break
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    out = span.doc[start:end]
    out.label_ = span.label_
    out.id_ = span.id_
    return out
