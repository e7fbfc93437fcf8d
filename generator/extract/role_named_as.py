"""A description a name is given as: "The victim, named locally as Kyle Burns, 19, died".

Crime and court copy describes someone before it names them, and names them after
"named as" or "identified as": "The man, who has been named as Tom Dale," and "The victim,
named locally as Kyle Burns,". The noun the naming verb hangs from is what the person is.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon
from generator.extract.role_phrases import role_phrase

__all__ = ["named_as"]

#: Verbs of naming someone a description was given of.
NAMING_VERBS = frozenset({"named", "identified"})
#: Most adverbs between the verb and "as" ("named locally as", "formally identified").
MAX_ADVERBS = 2
#: How the naming verb hangs from the noun: a participle or a relative clause.
_CLAUSES = ("acl", "relcl")


def named_as(span: Span, lex: Lexicon) -> str | None:
    """ "victim" for "Kyle Burns" in "The victim, named locally as Kyle Burns,", or None."""
    doc = span.doc
    at = span.start - 1
    if at < 1 or doc[at].lower_ != "as":
        return None
    at -= 1
    while at > 0 and doc[at].pos_ == "ADV" and span.start - 2 - at < MAX_ADVERBS:
        at -= 1
    verb = doc[at]
    if verb.lower_ not in NAMING_VERBS or verb.dep_ not in _CLAUSES:
        return None
    noun = verb.head
    if noun.i >= verb.i or noun.pos_ != "NOUN":
        return None
    return role_phrase(noun, range(span.start, span.end), lex)
