"""A place's public service written with its service words in lower case, which the model
cut to the place: "the Dornwick police department", "the Kelbury fire service".

The model often tags only the capitalised name that opens such a phrase, and as a body
("Dornwick" as an organization), though the name is the town's and the body is the whole
phrase. When lower-case words of a public service ("police", "fire", "county") and then a
body's head noun ("department", "service", "council") follow a body's span right away, the
body is the whole phrase as written. A generic noun alone after a body's name keeps its name
("the Acme company", "the Tarnmoor Search and Rescue team"), and so does a lone "police" or
"council" ("the Dornwick police said", "Dornwick council"): other rules read those. A place's
span (the model read the town) is left alone, so the place stays a place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import POSSESSIVE_ENDINGS

#: Lower-case words naming what a public body of a place serves or covers: "police" of
#: "the Dornwick police department", "county" of "the Tarnshire county council".
_SERVICE_WORDS = frozenset(
    {"police", "fire", "ambulance", "rescue", "health", "county", "city", "district"}
    | {"borough", "parish", "coroner", "sheriff", "school", "education", "transit"}
    | {"transport", "water", "housing", "planning", "highways", "parks", "and"}
)
#: Head nouns that end a public body's phrase: "department", "service", "council".
_HEAD_NOUNS = frozenset(
    {"department", "service", "council", "board", "office", "force", "authority"}
    | {"brigade", "trust", "commission", "agency"}
)
#: Most lower-case words of the phrase after the name: "fire and rescue service".
_MOST_WORDS = 4


def service_of_place(span: Span) -> Span:
    """The body's span the model cut to the name before lower-case service words and a
    head noun (see the module) made the whole phrase; any other span as it is. Read after
    the name's edges are cleaned, which drop lower-case words from a name."""
    end = _service_end(span) if span.label_ == "ORG" else None
    return span if end is None else Span(span.doc, span.start, end, label="ORG")


def _service_end(span: Span) -> int | None:
    """The end of the body's phrase after ``span``: its service words and head noun, when
    at least one service word comes before the head noun; else None."""
    doc = span.doc
    if not all(t.is_title for t in span if t.is_alpha) or span[-1].whitespace_ == "":
        return None
    services = 0
    for at in range(span.end, min(span.end + _MOST_WORDS + 1, len(doc))):
        word = doc[at]
        if word.text in POSSESSIVE_ENDINGS and services and _possessor(doc[at - 1]):
            continue
        if not word.is_lower:
            return None
        if word.text in _HEAD_NOUNS and services:
            return at + 1 if _ends_phrase(word) else None
        if word.text not in _SERVICE_WORDS or (word.text == "and" and not services):
            return None
        services += 1
    return None


def _possessor(word: Token) -> bool:
    """Whether the word may own the head noun: "coroner's office", "sheriff's office"."""
    return word.text in ("coroner", "sheriff")


def _ends_phrase(head: Token) -> bool:
    """Whether the head noun ends the noun phrase: no noun of its own after it ("the
    Dornwick police department store" names a shop, not the department)."""
    doc = head.doc
    following = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN")
