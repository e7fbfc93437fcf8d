"""Nouns of a role the tagger read as verbs.

"a professor of Jewish thought at Tarland College" may be parsed with "thought" as a
past tense hanging off "professor" as a clause, so a role cut before clauses would end in
"of Christian". A word of a nationality or creed ("Christian", "Roman") after "of" is an
adjective of the noun that follows it; a past tense right after it, with no subject of its
own, is that noun.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["noun_read_as_verb"]


def noun_read_as_verb(clause: Token) -> bool:
    """Whether a clause the parser hung off a role is a noun after a nationality word
    ("thought" of "professor of Jewish thought")."""
    if clause.dep_ != "acl" or clause.tag_ != "VBD" or clause.i == 0:
        return False
    before = clause.doc[clause.i - 1]
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return (
        before.ent_type_ == "NORP"
        and before.dep_ == "pobj"
        and before.head.lower_ == "of"
        and before.head.head == clause.head
        and not subject
    )
