"""A role stated by a fronted "as" phrase: "As MP for Tarland, Tom Vell argued ...".

An "as" phrase that opens the clause and is set off by a comma right before the name
of the clause's subject says in what capacity that person acts, which is a role
("As a solicitor, Ann Roke represented ..."). The phrase must hang from the verb the
name is the subject of, so "As the talks ended, Tom Vell left" (a clause) and "such
as" lists give nothing; a noun that names no one ("As a result") gives nothing, nor one
of kinship or company ("As a father, Tom Vell knew ..."), which is a bond, not a role.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.family_names import KIN_NOUNS
from generator.extract.lexicon import Lexicon
from generator.extract.role_context import SUBJECTS
from generator.extract.role_phrases import role_phrase

__all__ = ["fronted_as"]

#: Nouns of a bond to someone rather than a part one plays: kin, and these.
_BONDS = KIN_NOUNS | {"boyfriend", "girlfriend", "partner", "parent", "friend", "lover"}


def fronted_as(span: Span, comma: int | None, lex: Lexicon) -> str | None:
    """ "MP for Tarland" in "As MP for Tarland, Tom Vell argued that ...", or None.
    ``comma`` sets the name, with any title, off from what precedes it."""
    root = span.root
    if comma is None or root.dep_ not in SUBJECTS or root.head.i < span.end:
        return None
    for prep in root.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("as", "for") or prep.i >= span.start:
            continue
        if prep.i != prep.sent.start and not prep.doc[prep.i - 1].is_punct:
            continue  # the phrase opens the clause
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.right_edge.i != comma - 1:
            continue
        if prep.lower_ == "for":
            return _spoken_for(prep, noun, lex)
        if noun.lower_ not in _BONDS:
            return role_phrase(noun, range(span.start, span.end), lex)
    return None


def _spoken_for(prep: Token, body: Token, lex: Lexicon) -> str | None:
    """ "for the Greens" of "For the Greens, Ann Roke said ...": a body (a party, a firm)
    that a fronted "for" gives to a verb of saying; "For the first time, Ann Roke said"
    gives none."""
    if prep.head.lower_ not in lex.reporting_verbs or body.ent_type_ not in ("ORG", "NORP"):
        return None
    words = prep.doc[prep.i : body.right_edge.i + 1]
    if any(t.is_punct or t.ent_type_ == "PERSON" for t in words):
        return None
    return "for " + words[1:].text
