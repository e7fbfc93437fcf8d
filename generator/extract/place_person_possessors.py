"""A name no table knows as a place, owning a person, is a body: "Velmara's Jo Bell".

The model reads a one-word name of a paper, a firm or a club as a place when a person's
name follows its possessive. A place the tables know owns its people as often ("Kelby's
Jo Bell", a town's champion) and is left alone; a name they do not know, written
possessive before a person's name, is the paper the person writes for or the body they
work for: a town too small for the tables is seldom its people's owner in the news.
"""

from __future__ import annotations

from generator.extract.mentions import ORG, Mention

#: The model's labels for a name it may read as a place.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def person_possessor(mention: Mention) -> bool:
    """Whether a name no table knows as a place is the possessive of a person's name the
    model reads ("Velmara's Jo Bell"); votes for an organization when it is."""
    span = mention.span
    if mention.place is not None or span.label_ not in _PLACE_LABELS:
        return False
    root = span.root
    if root.dep_ != "poss" or root.head.ent_type_ != "PERSON":
        return False
    mention.vote(ORG, 2.0)
    return True
