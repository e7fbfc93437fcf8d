"""A place run on into the possessive of the officer who serves it: "Tarn County Sheriff's".

The model reads "Tarn County Sheriff's Office" or "Tarn County Sheriff's deputy" as a place
ending in the officer's title. Before a body's word ("Office", "Department") the words
name the officer's office, one body; before anything else ("deputy", "officer") the title
is no part of the place, which ends before it.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import POSSESSIVE_ENDINGS

#: Labels of the model's places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Titles of officers who serve a county or a town and whose office is a body.
_AREA_OFFICERS = frozenset(
    {"sheriff", "coroner", "marshal", "mayor", "constable", "assessor", "prosecutor"}
)
#: Words that, after an officer's possessive, end the name of the office: "Sheriff's Office".
_OFFICE_WORDS = frozenset({"office", "department", "bureau"})


def offices_of_officers(spans: list[Span]) -> list[Span]:
    """``spans`` with each place run on into an officer's possessive set right (see the
    module): the office as one ORG span, or the place without the title."""
    return [_set_right(span) for span in spans]


def _set_right(span: Span) -> Span:
    doc = span.doc
    if span.label_ not in _PLACE_LABELS:
        return span
    possessive = span.end - 1 if span[-1].lower_ in POSSESSIVE_ENDINGS else span.end
    if possessive >= len(doc) or doc[possessive].lower_ not in POSSESSIVE_ENDINGS:
        return span
    title = doc[possessive - 1]
    if possessive - 1 <= span.start or not title.is_title or title.lower_ not in _AREA_OFFICERS:
        return span
    after = doc[possessive + 1] if possessive + 1 < len(doc) else None
    if (
        after is not None
        and after.is_title
        and after.lower_ in _OFFICE_WORDS
        and after.ent_iob_ == "O"
    ):
        return Span(doc, span.start, after.i + 1, label="ORG")
    return Span(doc, span.start, title.i, label=span.label_)
