"""Hyphens inside written words: "co-owner", "Wray-Lindell", "15-year-old".

The tokenizer splits a word written with hyphens into its pieces and the hyphens
between them, and the small model tags such a hyphen as a noun at times; a dash
between spaces ("Jo Roe - the chair") sets words apart and joins none. One check for
each question, used by names, titles and role phrases alike.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["HYPHENS", "closed_hyphen", "hyphen_joined", "hyphened", "is_hyphen"]

#: Hyphens written inside a word.
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def is_hyphen(token: Token) -> bool:
    """Whether ``token`` is a hyphen, whatever the tagger made of it (it tags the one of
    "co-owner" as a noun at times)."""
    return token.tag_ == "HYPH" or token.text in HYPHENS


def closed_hyphen(token: Token) -> bool:
    """Whether ``token`` is a hyphen written between two words without spaces ("-" of
    "Wray-Lindell"), not a dash set between spaces."""
    doc = token.doc
    return (
        is_hyphen(token)
        and 0 < token.i < len(doc) - 1
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
    )


def hyphened(token: Token) -> bool:
    """Whether ``token`` is joined without a space to a hyphen beside it: a piece of a
    word written with hyphens ("year" of "15-year-old", "co" of "co-owner")."""
    doc = token.doc
    after = token.i + 1 < len(doc) and is_hyphen(doc[token.i + 1]) and not token.whitespace_
    before = token.i > 0 and is_hyphen(doc[token.i - 1]) and not doc[token.i - 1].whitespace_
    return after or before


def hyphen_joined(token: Token) -> str:
    """A word with the word and hyphen before it that the tokenizer split off: "co-star"."""
    doc, i = token.doc, token.i
    if i < 2 or not closed_hyphen(doc[i - 1]):
        return token.lower_
    return f"{doc[i - 2].lower_}-{token.lower_}"
