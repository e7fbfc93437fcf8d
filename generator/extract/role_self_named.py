"""A role a person gives themselves in the story: "Jo Roe, who identified herself as the
landlord's daughter," or "who introduced himself as the new harbour master". Only verbs
that say who someone is count; "saw herself as a rebel" or "described himself as a
dreamer" is a self-image, not a role.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs that state who one is when said of oneself with "as", in their written forms
#: (the pipeline runs no lemmatizer).
_STATING = frozenset(
    {"identified", "identifies", "identify", "introduced", "introduces", "introduce"}
)

_REFLEXIVES = frozenset({"himself", "herself", "themselves", "themself", "myself"})


def self_named(verb: Token) -> Token | None:
    """The noun of "identified herself as the landlord's daughter", or None."""
    if verb.lower_ not in _STATING:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None
