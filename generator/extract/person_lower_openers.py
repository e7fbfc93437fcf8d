"""A common word in lower case that the model reads into the front of a person's name:
"the comedy stars Ray Tolland as ...", where "stars Ray Tolland" is tagged a person.

A name starts with a capital (or a particle, which the parser tags no common noun or
verb), so a person's span that opens with a lower-case noun or verb before capitalised
proper nouns holds the name only from the first of these. Without the cut the whole span
was dropped as no name at all, and the person lost.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.doc_words import tokens_of

__all__ = ["after_lower_opener"]

#: Parts of speech of a lower-case word that is no particle of a name ("de", "van", "bin").
_COMMON_WORDS = frozenset({"NOUN", "VERB"})


def after_lower_opener(doc: Doc, start: int, end: int, label: str) -> int:
    """Where a person's span from ``start`` to ``end`` starts once a lower-case noun or verb
    at its front is left out; ``start`` when it opens with none or is no person's."""
    tokens = tokens_of(doc)
    if label != "PERSON" or end - start < 2:
        return start
    first = tokens[start]
    if not (first.is_lower and first.is_alpha and first.pos_ in _COMMON_WORDS):
        return start
    rest = tokens[start + 1 : end]
    if all(t.is_title and t.pos_ == "PROPN" for t in rest):
        return start + 1
    return start
