"""Pieces of one phrase the parser cut into appositives of one head: "vice" and "chair"
of "acting vice-chair", "harbour" and "judge" of "a senior harbour judge".

`roles.appositive` reads such a run as one role: from its first piece to its last."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.role_phrases import trim
from generator.extract.role_word_pieces import word_front

__all__ = ["cut_before", "cut_prefix", "hyphen_run"]


def _pieces(part: Token, after: Token) -> bool:
    """Whether ``part`` and the word right after it are pieces of one phrase the parser
    cut into appositives of one head: a hyphenated word ("vice" of "vice-chair") or a
    noun before its head ("harbour" of "a senior harbour judge")."""
    return (
        after.i == part.i + 1
        and after.dep_ == "appos"
        and after.head == part.head
        and (not part.whitespace_ or _noun_piece(part))
    )


def _noun_piece(part: Token) -> bool:
    """Whether ``part`` is a bare noun the parser made an appositive of its own."""
    return part.dep_ == "appos" and part.tag_ in ("NN", "NNP") and not part.ent_type_


def cut_before(part: Token) -> bool:
    """Whether ``part`` is a piece of a phrase cut into appositives, a piece of the next
    one."""
    doc = part.doc
    return part.i + 1 < len(doc) and _pieces(part, doc[part.i + 1])


def hyphen_run(part: Token) -> Token:
    """The first piece of a phrase the parser cut into appositives, of which ``part`` is
    the last ("vice" for "chair", "harbour" for "judge"), or ``part``."""
    doc = part.doc
    first = part
    while first.i > 0 and doc[first.i - 1].dep_ == "appos" and _pieces(doc[first.i - 1], first):
        first = doc[first.i - 1]
    return first


def cut_prefix(first: Token, last: Token) -> str:
    """ "acting vice-" before "chair": what the other pieces of a cut word and their
    modifiers add, without a determiner."""
    if first == last:
        return ""
    tokens = trim(list(last.doc[first.left_edge.i : last.i + 1]))
    front = word_front(last)  # "vice-" of "vice-chair", which `role_phrase` writes
    return "".join(t.text_with_ws for t in tokens if t.i < last.i and t not in front)
