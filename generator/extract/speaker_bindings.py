"""Whom a pronoun or description subject cannot be: the one its own verb names after it.

In "The woman said Ann Vell was '...'" or "He claimed that Tom was trying to '...'"
the subject is someone other than the person the verb's complement names: English
names a person again by a pronoun or a description, not the other way round, so a
subject that refers back is never the name that its own clause goes on to give.
`speakers.Attribution` drops such a reading rather than give the quote to the one
spoken of. So too when the verb's own object is "him" or "her" (`object_pronoun`): in
"The dispatcher tells her: '...'" the pronoun is the person the story was about, and a
description subject of the same clause is someone else (a plain pronoun object is never
its own clause's subject).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from generator.extract.addressees import OBJECT_PRONOUNS
from generator.extract.entities import Entity
from generator.extract.quote_marks import Quote
from generator.extract.speech import in_any

__all__ = ["named_after_verb", "object_pronoun"]

#: A verb's dependents that hold what it says, or to whom or of whom it says it.
_COMPLEMENTS = frozenset(["ccomp", "xcomp", "dobj", "dative", "prep"])
#: Those that say to or of whom, after a quote that is itself what the verb says.
_TO_OR_OF = frozenset(["dobj", "dative", "prep"])


def named_after_verb(
    verb: Token,
    subject: Token,
    found: Entity,
    owners: Mapping[int, Entity],
    quote: Quote,
    limit: int,
) -> bool:
    """Whether the person a subject that is not that person's name was read as is named,
    outside the quote and before `limit` (the quote's start when it follows the verb, else
    the end of the verb's sentence), in a complement after the subject's verb ("The woman
    said Ann Vell was ..." is not Ann Vell). The limit keeps out what a parse that ran on
    past the quote's close hangs on the verb."""
    if owners.get(subject.i) is found:
        return False
    own = {t.i for t in subject.subtree}
    # After the quote the verb's clause is what it says: only to or of whom it says it.
    deps = _COMPLEMENTS if verb.idx < quote.parts[0][0] else _TO_OR_OF
    for child in verb.children:
        if child.dep_ not in deps or child.i < verb.i:
            continue
        for token in child.subtree:
            if token.i in own or in_any(token, quote) or token.idx >= limit:
                continue
            if owners.get(token.i) is found:
                return True
    return False


def object_pronoun(
    verb: Token, subject: Token, found: Entity, owners: Mapping[int, Entity], quote: Quote
) -> str | None:
    """ "he" or "she" when the verb's object, or the object of its "to", is "him" or "her"
    outside the quote ("tells her", "said to him"), and its subject is a description that
    does not name `found` ("Her brother, Tom, told him" does); else None. "Her" that owns
    a noun ("told her son") is no object."""
    if subject.pos_ in ("PRON", "PROPN") or any(owners.get(t.i) is found for t in subject.subtree):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
    ]
    for child in objects:
        if child.lower_ in OBJECT_PRONOUNS and child.dep_ != "poss" and not in_any(child, quote):
            return OBJECT_PRONOUNS[child.lower_]
    return None
