"""A relative clause a role keeps is kept whole or not at all.

A generic head keeps its relative clause ("the man who runs the ferry"), but the phrase
drops the clause's own clauses and anything past a gap, which can leave it cut short:
"bearded sailor who had swum" of "The bearded sailor who had swum out past the harbour
lights was found". A clause cut off at its verb says nothing whole, so it goes and the
noun phrase stays.
"""

from __future__ import annotations

from spacy.tokens import Token


def whole_clauses(tokens: list[Token], head: Token) -> list[Token]:
    """``tokens`` without a relative clause of ``head`` they cut off at its verb."""
    kept = {t.i for t in tokens}
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.i not in kept:
            continue
        words = range(clause.left_edge.i, clause.right_edge.i + 1)
        # cut right after its verb ("who had run"), the clause says nothing; cut after
        # a complement ("who was bitten by a dog" of "... by a dog in 2019") it still does
        if max(i for i in words if i in kept) <= clause.i and not all(i in kept for i in words):
            tokens = [t for t in tokens if t.i not in words]
    return tokens
