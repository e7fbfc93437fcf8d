"""Verbs that tell someone a quote: a verb with an addressee and a "that" clause.

English reports what was said to someone by a verb whose object is the one told and
whose "that" clause is what they were told: "reminded voters that '...'", "reassured
parents that '...'", "is ensuring drivers that '...'". The frame, not the verb, makes
it a report, so a verb no list knows still introduces the quote its clause holds, and
its subject is the one who speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_marks import Quote
from generator.extract.speech import THING_PRONOUNS, in_any

__all__ = ["tells_that"]

#: Object pronouns that name someone who can be told something.
_ADDRESSEE_PRONOUNS = frozenset(["me", "us", "you", "him", "her", "them"])


def tells_that(verb: Token, quote: Quote) -> bool:
    """Whether a verb outside the quote tells an object the quote in its "that" clause.

    The object comes between the verb and the clause, is a noun or a pronoun for
    people ("told the board", "assured them"), and the quote opens after the clause's
    "that": a clause that only ends in the quote is held by it all the same.
    """
    if verb.pos_ != "VERB" or in_any(verb, quote) or _subject_without_aux(verb):
        return False
    addressees = [
        c
        for c in verb.rights
        if c.dep_ in ("dobj", "dative")
        and not in_any(c, quote)
        and (
            c.lower_ in _ADDRESSEE_PRONOUNS
            or (c.pos_ in ("NOUN", "PROPN") and c.lower_ not in THING_PRONOUNS)
        )
    ]
    if not addressees:
        return False
    start = quote.parts[0][0]
    for clause in verb.rights:
        if clause.dep_ != "ccomp" or clause.i < addressees[0].i:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        if marks and marks[0].idx < start and any(in_any(t, quote) for t in clause.subtree):
            return True
    return False


def _subject_without_aux(verb: Token) -> bool:
    """Whether a present participle has a subject but no auxiliary: "the court ruling
    also states that" read with "ruling" as the verb; a clause needs "is" for that."""
    deps = {c.dep_ for c in verb.children}
    return verb.tag_ == "VBG" and "nsubj" in deps and not deps & {"aux", "auxpass"}
