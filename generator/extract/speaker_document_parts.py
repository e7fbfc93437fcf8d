"""A part of a writing speaks for the writing: "a passage from the report said".

"A paragraph from the handbook, titled 'Risks', said ...", "a section of the review
reads ...": the words are the writing's, so whoever wrote the writing speaks
(`speakers.Attribution._writer`). Only nouns that name a piece of a text count, and only
when their phrase says which writing ("from", "of" or "in" a document noun): "a
passage" alone names no writer.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speech import words

__all__ = ["writing_of"]

#: Nouns for a piece of a text: what they say, the whole text says.
_PARTS = frozenset(
    ["paragraph", "passage", "section", "extract", "excerpt", "chapter", "clause", "sentence"]
)


def writing_of(subject: Token) -> Token | None:
    """The writing a subject stands for: the subject itself when it is a document noun
    ("the report"), the document noun its phrase names when it is a part of a text
    ("a passage from the report"), else None."""
    document_nouns = words().document_nouns
    if subject.lower_ in document_nouns:
        return subject
    if subject.lower_ not in _PARTS:
        return None
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "in"):
            continue
        for writing in prep.children:
            if writing.dep_ == "pobj" and writing.lower_ in document_nouns:
                return writing
    return None
