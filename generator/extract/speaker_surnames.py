"""A capitalised subject the tagger read as a common noun ("Sly demanded ..."), as the
surname of a person of the story."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import Entity


def surname_bearer(subject: Token, people: Sequence[Entity]) -> Entity | None:
    """The person of the story whose surname the capitalised word is written as: the one
    bearer, or, when two bear it, the one the text also calls by that surname alone ("Ola
    Sly ... Sly said" beside her brother, always "Tom Sly"); None otherwise."""
    if not subject.text[:1].isupper():
        return None
    bearers = [p for p in people if p.name.split()[-1:] == [subject.text]]
    if len(bearers) > 1:
        bearers = [p for p in bearers if any(m.text == subject.text for m in p.mentions)]
    return bearers[0] if len(bearers) == 1 else None
