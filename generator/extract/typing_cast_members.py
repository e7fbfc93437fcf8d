"""Evidence that a name is a person's: one a work is said to star. "The show, which stars Ann
Vell as a hairdresser", "a film starring Ann Vell and Tom Ames": what a work stars is its cast,
people (the model often reads such a name as a body). Only the object of a verb of starring
(or a name listed with it), which the parse makes a verb: "the stars Ann Vell met" is a noun.
"""

from __future__ import annotations

from generator.extract.mentions import PERSON, Mention

__all__ = ["cast_member_votes"]

#: Forms of the verbs of a work's starring someone.
_STARRING = frozenset({"stars", "starred", "starring", "co-stars", "co-starred", "co-starring"})
#: Weight: more than the model's label of a body, short of a title's.
_WEIGHT = 2.0


def cast_member_votes(mention: Mention) -> None:
    """A person's vote for a name a verb of starring takes as its object, or listed with it."""
    root = mention.span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head  # "starring Ann Vell and Tom Ames": Tom Ames is cast too
    verb = root.head
    if root.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lower_ in _STARRING:
        mention.vote(PERSON, _WEIGHT)  # "which stars Ann Vell as a hairdresser"
