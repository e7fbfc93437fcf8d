"""A person's full name with a possessive before a given name: an actor's character, "the
new boss is Dana Orrin's Felix", which the model tags as one name.

No one is called "Dana Orrin's Felix": the span names two people, the one whose the other
is (an actor, an author) and the given name of the one held (a character, a child, a pet
named like a person). A span that is a full name of capitalised words, the possessive
and one capitalised word is cut in two person spans when that word is a common given name
of one sex or the model tags it alone as a person elsewhere in the text ("Orrin's Frankie
... Frankie said"). A body's name may hold a possessive too ("Dana Orrin's Bakery"), but
its last word is no given name nor anyone's name alone. Only a span the model reads as a
person's or a body's is cut.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import POSSESSIVE_ENDINGS, tokens_of
from generator.extract.referent_given_names import given_name_sex

__all__ = ["split_possessed"]

#: The model's labels of a span that may be the two names ("New Year's Eve", an EVENT, is a
#: day's name: "Eve" there is nobody).
_NAME_LABELS = frozenset({"PERSON", "ORG"})


def split_possessed(span: Span) -> list[Span]:
    """The span as the two people of "Dana Orrin's Felix", or as itself (see the module's
    doc)."""
    start, end = span.start, span.end
    if end - start < 4 or span.label_ not in _NAME_LABELS:
        return [span]
    tokens = tokens_of(span.doc)
    mark = end - 2
    if tokens[mark].lower_ not in POSSESSIVE_ENDINGS:
        return [span]
    owner = tokens[start:mark]
    held = tokens[end - 1]
    if not all(t.is_title and t.is_alpha for t in [*owner, held]):
        return [span]
    doc = span.doc
    if given_name_sex(held.text) is None and not _person_elsewhere(span, held.text):
        return [span]
    return [Span(doc, start, mark, label="PERSON"), Span(doc, end - 1, end, label="PERSON")]


def _person_elsewhere(span: Span, word: str) -> bool:
    """Whether the model tags ``word`` alone as a person's name outside ``span``; read only
    for the rare span of the possessive's shape."""
    return any(
        e.label_ == "PERSON" and e.text == word and not (span.start <= e.start < span.end)
        for e in span.doc.ents
    )
