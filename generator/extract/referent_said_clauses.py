"""The person a sentence is about when the parser hung its closing "..., X said" on the
reported clause: "Ann Vell could lose the seat if she runs again, Rep. Jo Ames said
Monday" may come out with "lose" as the root and "said" as its conjunct. The reported
clause's subject (Ann Vell) is then read as the sentence's main subject, and a
description after it ("the Republican lawmaker told ...") is read back to her, or to no
one since two people head the sentence. News writes its source last after a comma;
that source is whom the next description means.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import Lexicon
from generator.extract.speech import listed_saying

__all__ = ["closing_sayer"]


def closing_sayer(subject: Token, lex: Lexicon) -> Token | None:
    """The subject of a verb of saying joined as a conjunct to the verb of ``subject``
    after it, set off by a comma with no "and" or "but" ("..., Jo Ames said"; "...,
    said Jo Ames"), when it is the one such clause; else None."""
    verb = subject.head
    found = []
    for clause in verb.children:
        if clause.dep_ != "conj" or clause.i < subject.i or not listed_saying(clause, lex):
            continue
        if any(c.dep_ == "cc" and verb.i < c.i < clause.i for c in verb.children):
            continue  # "Ann Vell left and Jo Ames said ...": two clauses of equal weight
        sayers = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(sayers) != 1:
            continue
        sayer = sayers[0]
        first = min(sayer.left_edge.i, clause.i)
        if first == 0 or clause.doc[first - 1].text != ",":
            continue
        found.append(sayer)
    return found[0] if len(found) == 1 else None
