"""The earlier uses of the same description of an office, which name the same person.

A story that once writes "the chancellor said" of the person it just named goes on
writing "the chancellor" for that person: "Tom Vell ... The chancellor said ... Turning
to housing, the chancellor promised" is Tom Vell again, though the second time the
sentence before names him only through a quote's "he". The earlier description counts
only when it is a subject outside quotes with the same words before the noun ("the
chancellor" is not "the shadow chancellor", "the former chancellor").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from generator.extract.definite_nouns import definite
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import SUBJECT_DEPS, QuoteText

__all__ = ["same_descriptions"]


def same_descriptions(noun: Token, quoted: QuoteText) -> Iterator[Token]:
    """The definite subjects outside quotes before ``noun`` that are the same word with
    the same words qualifying it, nearest first."""
    words = _qualifiers(noun)
    for token in reversed(noun.doc[: noun.left_edge.i]):
        if (
            token.lower_ == noun.lower_
            and token.dep_ in SUBJECT_DEPS
            and definite(token)
            and not quoted.inside(token.idx)
            and _qualifiers(token) == words
        ):
            yield token


def _qualifiers(noun: Token) -> frozenset[str]:
    return frozenset(t.lower_ for t in role_modifiers(noun) if t.i != noun.i)
