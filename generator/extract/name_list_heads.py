"""The first name of a list of people that the model left out: "The trio - Maren Holtby,
Orrin Tapsell and Dagny Vell - were", where it tags the second and third names but not the
first, which the dash before it cuts from the sentence's parse.

A list is one kind of thing: when the names after the first are full names the model reads
as people's, joined by a comma and then "and" or another comma, the first one is a person
too. Only a name of two or three capitalised proper nouns in no entity counts, opened by a
dash, a colon, a bracket or the sentence's start (the head of the list, not the tail of a
clause: "In Kelby Town, Orrin Tapsell said"), that names no place the tables or the
gazetteer know and ends in no body's word ("Kelby Rovers", "Tarn Council").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import cues, lexicon
from generator.extract.nlp import common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.typing_untagged_firms import untagged_proper

__all__ = ["list_head_people"]

#: Marks that open a list set into a sentence: "The trio - A, B and C -", "They are: A, B".
_OPENERS = frozenset({"-", "\u2013", "\u2014", ":", "("})
#: Most words of the untagged first name.
_MOST_WORDS = 3


def list_head_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with the untagged first name of each list of people (see the module's
    doc) as a PERSON span."""
    people = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    if len(people) < 2:
        return ents
    starts = {e.start: e for e in people}
    found = []
    for person in people:
        if person.start < 3 or doc[person.start - 1].text != ",":
            continue
        if not _listed_on(doc, person, starts):
            continue
        head = _untagged_name_before(doc, person.start - 1)
        if head is not None:
            found.append(head)
    if not found:
        return ents
    return sorted([*ents, *found], key=lambda e: e.start)


def _listed_on(doc: Doc, person: Span, starts: dict[int, Span]) -> bool:
    """Whether another person's full name follows ``person`` in the list: after "and", "," or
    ", and"."""
    at = person.end
    while at < len(doc) and doc[at].lower_ in (",", "and") and at - person.end < 2:
        at += 1
    return at > person.end and at in starts


def _untagged_name_before(doc: Doc, comma: int) -> Span | None:
    """The name of two or three capitalised proper nouns in no entity that ends before the
    comma at ``comma`` and opens the list, or None."""
    start = comma
    while start > 0 and comma - start < _MOST_WORDS and untagged_proper(doc[start - 1]):
        start -= 1
    if comma - start < 2 or not _opens_list(doc, start):
        return None
    span = Span(doc, start, comma, label="PERSON")
    last = span[-1].lower_
    if last in cues().org_suffixes or last in cues().org_heads:
        return None  # "Kelby Rovers, Orrin Tapsell and ...": a body listed with people
    if given_name_sex(span[0].text) is None and any(t.lower_ in common_nouns() for t in span):
        return None  # "Harbour Street": a common noun names a place or a thing as often
    if lexicon().place(span.text) is not None or gazetteer().lookup(span.text) is not None:
        return None  # "East Tarnia, Orrin Tapsell and ..."
    return span


def _opens_list(doc: Doc, start: int) -> bool:
    """Whether a list opens at ``start``: after a dash, a colon or a bracket, or as the
    sentence's first word."""
    return start == 0 or doc[start].is_sent_start or doc[start - 1].text in _OPENERS
