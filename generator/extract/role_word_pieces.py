"""Pieces of one written word that the tokenizer split: "wed" read as "we" + "d".

A title read leftwards from a name never starts inside a word: "d" of "She wed garden
designer Tom Vell" is the tail of a verb, and the title is "garden designer".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["word_tail"]


def word_tail(token: Token) -> bool:
    """Whether ``token`` is a run of letters written on from the letters before it, the
    rest of a word the tokenizer split ("d" of "wed", "not" of "cannot")."""
    if token.i == 0 or not token.is_alpha:
        return False
    before = token.doc[token.i - 1]
    return before.is_alpha and not before.whitespace_
