"""A table's column headings, no body: "LATEST PREVIOUS ACTUAL", "W D L PCT".

Wire services send tables of results and forecasts; once the layout is gone, the row of
column headings in capitals stands in the text as a run of capitalised words, and the
model reads part of it as an organization. A name in capitals inside a run of three or
more words in capitals, every word of it an English common word or an abbreviation of
one or two letters, is a heading: a body's name in capitals has a word of its own
("ACME", "CORP") that no dictionary holds.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.nlp import adjectives, common_nouns

#: Fewest words in capitals in a row that make a row of headings.
_FEWEST_IN_ROW = 3
#: Most letters of a heading's abbreviation: "W", "GB".
_MOST_ABBREVIATION = 2


def _capitals(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a word in capitals."""
    return doc[i].is_alpha and doc[i].is_upper


def _heading_word(text: str) -> bool:
    """A word of a column heading: an English common word or adjective ("ACTUAL", "PCT"),
    or an abbreviation of one or two letters ("W", "GB")."""
    lower = text.lower()
    return len(text) <= _MOST_ABBREVIATION or lower in common_nouns() or lower in adjectives()


def _in_row(span: Span) -> bool:
    """Whether the span stands in a run of at least `_FEWEST_IN_ROW` words in capitals."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and _capitals(doc, start - 1):
        start -= 1
    while end < len(doc) and _capitals(doc, end):
        end += 1
    return end - start >= _FEWEST_IN_ROW


def without_table_headings(spans: list[Span]) -> list[Span]:
    """The entities less the organizations that are a table's column headings."""
    return [
        s
        for s in spans
        if not (
            s.label_ == "ORG"
            and s.start > 0
            and all(_capitals(s.doc, t.i) for t in s)
            and all(_heading_word(t.text) for t in s)
            and _in_row(s)
        )
    ]
