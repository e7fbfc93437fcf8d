"""The first name of a list of names that the parser joins one to the next ("Vera Quill and
Tom Ryde"): what the list's head hangs from (a "to", an "in", a "for") is said of every
later name in it too."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["first_listed_name"]


def first_listed_name(token: Token) -> Token:
    """The first name of the list the token's name is a later one of ("Vera Quill" for "Tom
    Ryde" in "sequels to Vera Quill and Tom Ryde"); the token itself when it is no later one."""
    while token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        token = token.head
    return token
