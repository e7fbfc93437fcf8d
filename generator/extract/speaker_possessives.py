"""A name's bare possessive apostrophe, which the tagger takes for punctuation or a quote mark.

"Ames’ statement read", "Senator Ames’ Press Secretary told": the mark after a name ending
in "s" makes the name the owner of the noun after it, not a speaker, and is no closing mark.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["possessive_mark", "unmarked_possessive"]


def unmarked_possessive(token: Token) -> bool:
    """Whether a name ending in "s" owns the noun after it by a bare apostrophe the parser
    read as punctuation ("Ames’ Secretary"): the mark follows the name with no space and a
    noun or its modifier follows the mark. A name in quote marks ("‘Ames’ said") is not."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.i == 0 or token.whitespace_:
        return False
    mark, owned = doc[token.i + 1], doc[token.i + 2]
    return (
        mark.text in ("\u2019", "'")
        and token.lower_.endswith("s")
        and mark.whitespace_ == " "
        and owned.pos_ in ("NOUN", "PROPN", "ADJ")
        and "\u2018" not in doc[max(0, token.i - 4) : token.i].text
        and "'" not in doc[max(0, token.i - 4) : token.i].text
    )


def possessive_mark(token: Token) -> bool:
    """Whether a mark is the bare apostrophe after a name ending in "s" (`unmarked_possessive`)."""
    return token.i > 0 and unmarked_possessive(token.doc[token.i - 1])
