"""Cleft sentences, whose relative clause is a claim about a name, not a description.

"It is Jo Ames who is the troublemaker" singles Ames out to claim something of him: the
clause after the name is what the sentence asserts, often someone's charge, not the
description of who he is that "Jo Ames, who is a nurse," sets off.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["clefted"]


def clefted(name: Token, clause: Token) -> bool:
    """Whether ``clause``, a relative clause of ``name``, completes a cleft: the name is
    what "it is" or "it was" says, with "it" as the copula's subject, and no comma sets
    the clause off ("It is Jo Ames, who is a nurse, that ..." still describes her)."""
    verb = name.head
    start = clause.left_edge.i
    set_off = start > 0 and clause.doc[start - 1].is_punct
    return (
        name.dep_ == "attr"
        and verb.lemma_ == "be"
        and verb.i < name.i
        and not set_off
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    )
