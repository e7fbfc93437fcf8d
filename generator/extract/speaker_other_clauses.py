"""A verb of saying whose sentence goes on, after a conjunction, to another subject's clause
that holds the quote: "I suggested a new route, but Lee was adamant: '...'".

The parser hangs the second clause on the first verb as its conjunct, so the quote sits in
that verb's subtree and the verb seems to introduce it. A conjunct with a subject of its
own is a clause of its own: the quote belongs to that clause (its colon, its verb), not to
the verb before the conjunction, whose subject ("I") would otherwise settle the quote.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_marks import Quote
from generator.extract.speech import SUBJECT_DEPS, in_any

__all__ = ["in_other_clause"]


def in_other_clause(verb: Token, quote: Quote) -> bool:
    """Whether the quote hangs on the verb only through a conjunct after it, before the
    quote, whose own subject is a noun or a name outside the quote."""
    first = quote.parts[0][0]
    if verb.idx >= first:
        return False
    # The quote's first word: the scan starts at the verb and stops at the quote.
    token = next((t for t in verb.doc[verb.i :] if t.idx >= first and not t.is_punct), None)
    if token is None or not in_any(token, quote):
        return False
    # Climb from the quote's first word to the verb; the last step names the verb's child.
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    if token.head.i != verb.i or token.dep_ != "conj" or not verb.idx < token.idx < first:
        return False
    # A pronoun there mostly goes on with the first subject ("Ms Lee conceded defeat, and
    # she chided MPs for not saying '...'"): only a noun or a name is someone else.
    return any(
        c.dep_ in SUBJECT_DEPS
        and c.pos_ != "PRON"
        and verb.idx < c.idx < first
        and not in_any(c, quote)
        for c in token.children
    )
