"""A body that governs or writes for an organization speaks as it: "the board of Kestrel
Bank said", "the editorial board of the Ledger wrote".

The organization is named in the noun's own "of" phrase, which the speaker search leaves
out of a subject's name words ("the MP for Norport" is not Norport). A board is the
organization's own voice, so its words are the organization's; other bodies of an
organization ("the council of the Law Society", "the members of the club") are left
alone, since news may mean a part of it that speaks against the whole.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["governed_by"]

#: Nouns for a body that speaks as the organization its "of" phrase names.
GOVERNING_NOUNS = frozenset(["board"])


def governed_by(subject: Token) -> Token | None:
    """The head word of the "of" phrase of "the board of X" (X), or None: the board must be
    definite, lower case and unowned, with no words before it but lower-case adjectives or
    nouns ("the editorial board")."""
    if subject.lower_ not in GOVERNING_NOUNS or not subject.text.islower():
        return None
    before = [c for c in subject.children if c.i < subject.i]
    if [c.lower_ for c in before if c.dep_ == "det"] != ["the"]:
        return None
    words = [c for c in before if c.dep_ != "det"]
    if any(c.dep_ not in ("amod", "compound") or not c.is_lower for c in words):
        return None
    objects = [
        o
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > subject.i
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return objects[0] if len(objects) == 1 else None
