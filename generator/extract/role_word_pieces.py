"""Pieces of one written word that the tokenizer split: "wed" read as "we" + "d", and
"co-founder" read as "co" + "-" + "founder".

A title read leftwards from a name never starts inside a word: "d" of "She wed garden
designer Tom Vell" is the tail of a verb, and the title is "garden designer". A word
written with a hyphen is one word of a role: the small model often tags its hyphen as a
noun and hangs each piece on the same head as the last one ("co", "-" and "owner" all
attributes of "is"), so the role read from the last piece would lose the front
("owner" for "co-owner", "wife" for "ex-wife").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from generator.extract.hyphens import is_hyphen

__all__ = ["fronted", "word_front", "word_head", "word_last", "word_tail", "word_top"]


def word_tail(token: Token) -> bool:
    """Whether ``token`` is a run of letters written on from the letters before it, the
    rest of a word the tokenizer split ("d" of "wed", "not" of "cannot")."""
    if token.i == 0 or not token.is_alpha:
        return False
    before = token.doc[token.i - 1]
    return before.is_alpha and not before.whitespace_


def _joined(piece: Token, hyphen: Token) -> bool:
    """Whether ``piece`` is a run of letters written with no space into ``hyphen``, which
    runs on with no space into the next piece: the front of one written word."""
    doc = piece.doc
    return (
        hyphen.i == piece.i + 1
        and hyphen.i + 1 < len(doc)
        and is_hyphen(hyphen)
        and piece.is_alpha
        and not piece.whitespace_
        and not hyphen.whitespace_
        and doc[hyphen.i + 1].is_alpha
    )


def _beside(piece: Token, last: Token) -> bool:
    """Whether the parser hung ``piece`` where it hung ``last``, as a word of its own (in
    "is vice-chair" the model made "vice" a complement and "chair" an attribute)."""
    return piece.head == last.head and piece.head != piece


def _letters_at(token: Token) -> int:
    """Where the run of letters ``token`` is or follows starts: the piece before a hyphen
    that joins it to the next ("vice" for the "-" of "vice-chair"), else ``token`` itself."""
    at = token.i
    if is_hyphen(token) and at > 0 and _joined(token.doc[at - 1], token):
        at -= 1
    return at


def _first_piece(doc: Doc, at: int) -> int:
    """Where the written word whose piece stands at ``at`` starts ("co" of "co-founder")."""
    while at >= 2 and _joined(doc[at - 2], doc[at - 1]):
        at -= 2
    return at


def word_front(last: Token) -> list[Token]:
    """The front pieces of the written word that ``last`` ends ("co" and "-" before
    "founder"): with what hangs from them ("The", "Acme" of "The Acme co-founder") when
    the parser hung them beside ``last``; with the words before them in their phrase when
    it hung ``last`` from them ("the attorney-general of Tarland, Jo Roe," with "general"
    an appositive of "attorney"); else the pieces alone, wherever the parse hung them."""
    doc = last.doc
    front: set[Token] = set()
    for piece in doc[_first_piece(doc, last.i) : last.i]:
        if _beside(piece, last):
            front.update(piece.subtree)
        elif last in piece.subtree:
            front.update(doc[piece.left_edge.i : piece.i + 1])
        else:
            front.add(piece)
    return sorted(front, key=lambda t: t.i)


def word_head(first: Token) -> Token:
    """The last piece of the written word that ``first`` opens ("owner" for "co" of
    "co-owner") when the parser hung the pieces side by side; else ``first``."""
    doc = first.doc
    at = first.i
    while at + 2 < len(doc) and _joined(doc[at], doc[at + 1]) and _beside(doc[at + 2], first):
        at += 2
    return doc[at]


def word_last(token: Token) -> Token:
    """The last piece of the written word ``token`` is a piece of, whatever the parse
    ("chancellor" for "vice" or "-" of "vice-chancellor"); ``token`` when it is a word
    of its own."""
    doc = token.doc
    at = _letters_at(token)
    while at + 2 < len(doc) and _joined(doc[at], doc[at + 1]):
        at += 2
    return doc[at]


def word_top(token: Token) -> Token:
    """The piece of the written word ``token`` is a piece of that the parse hung the
    whole word from: its first piece when the last hangs below it ("vice" with
    "president" an appositive of it in "A vice-president at the bank, Jo Roe,", where
    "at the bank" hangs from "vice" too); else its last piece."""
    last = word_last(token)
    first = token.doc[_first_piece(token.doc, _letters_at(token))]
    return first if first != last and last in first.subtree else last


def fronted(tokens: Iterable[Token], skip: range) -> list[Token]:
    """``tokens`` with the front pieces of each word they end (`word_front`), less
    ``skip``, in order."""
    kept = set(tokens)
    for token in list(kept):
        kept.update(t for t in word_front(token) if t.i not in skip)
    return sorted(kept, key=lambda t: t.i)
