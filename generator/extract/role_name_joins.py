"""Conjunctions inside the names that open a title before a person's name.

A title read leftwards from a name stops at "and", which mostly joins two people or two
roles ("Ann Vell and Wessex MP Tom Ames"). Inside a name of a place or body that
qualifies the title it is a word of that name: "Roads & Bridges chief Jo Roe", and a
constituency of two places, "Tarland and Wessex MP Jo Roe", which cut at "and" would
name the wrong seat ("Wessex MP").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.lexicon import Lexicon
from generator.extract.role_nouns import is_role_word
from generator.extract.speech import ROLE_QUALIFIERS

__all__ = ["joins_name_words", "joins_places", "qualified_owner"]


def joins_name_words(token: Token) -> bool:
    """ "&" inside a capitalised name within a title: "Roads & Bridges chief"."""
    doc = token.doc
    if token.text != "&" or token.i == 0 or token.i + 1 >= len(doc):
        return False
    left, right = doc[token.i - 1], doc[token.i + 1]
    return left.is_title and right.is_title and left.ent_type_ != "PERSON"


def joins_places(token: Token, start: int, last: int, lex: Lexicon) -> bool:
    """Whether ``token`` is an "and" between two capitalised names that together qualify
    the title from ``start`` to ``last`` ("Tarland and Wessex" of "Tarland and Wessex
    Conservative MP"): the parser coordinates the title's first word with the word before
    "and", or hangs that word from a word of the title. A person named before "and"
    hangs from their verb or the next name ("Vell and Tarland MP Jo Roe met"), and a
    title there is another person's ("the Bishop and Dean of Tarland Jo Roe")."""
    doc = token.doc
    if token.lower_ != "and" or token.i == 0 or token.i + 1 != start:
        return False
    left, right = doc[token.i - 1], doc[start]
    coordinated = right.dep_ == "conj" and right.head == left
    hung = start <= left.head.i <= last
    return (
        left.is_title and right.is_title and (coordinated or hung) and not is_role_word(left, lex)
    )


def qualified_owner(doc: Doc, start: int, last: int) -> int:
    """Where a title that a name qualifies starts: before the name's qualifier of time
    ("Former" of "Former Kelby captain Lee Ashworth", where the model read "Kelby" as a
    person), which says when the title was held; else at the name (``start``)."""
    if start == 0:
        return start
    word = doc[start - 1]
    held = word.lower_ in ROLE_QUALIFIERS and word.dep_ == "amod"
    return start - 1 if held and start <= word.head.i <= last else start
