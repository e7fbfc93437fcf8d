"""Evidence that a name the model calls a place is what a proceeding, a policy or an illness
is about: "the Hollins inquiry", "the Tarxit negotiator", "during Vellox".

A place that the tables and the gazetteer do not know has only the model's word for it;
a name that only modifies such nouns, or follows words of time and cause that no place
follows, names a matter, not a place. Known places keep their kind ("the Paris talks").
General word lists only.
"""

from __future__ import annotations

from generator.extract.mentions import WORK, Mention

#: Nouns whose modifier is the matter they concern: inquiries, policies, illnesses. Not
#: nouns a firm or a town has too ("the Tarvo deal", "a Tarvo report", "the Vellmouth
#: outbreak", "Vellmouth cases").
MATTERS = frozenset(
    {"inquiry", "inquest", "legislation", "referendum", "divorce", "withdrawal", "transition"}
    | {"uncertainty", "pandemic", "vaccine", "vaccines", "jab", "jabs", "symptoms"}
    | {"negotiator", "negotiators"}
)
#: Words before a name that speak of a time or a cause, never of where: "during Vellox".
_NO_PLACE_BEFORE = frozenset({"during", "amid", "despite", "because", "since"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_WEIGHT = 2.0


def matter_votes(mention: Mention) -> None:
    """A vote against a place the model alone names: the name of an inquiry or an illness."""
    span = mention.span
    if mention.place is not None or span.label_ not in _PLACE_LABELS:
        return
    root, doc = span.root, span.doc
    head = root.head
    if root.dep_ == "compound" and head.i >= span.end and head.lower_ in MATTERS:
        mention.vote(WORK, _WEIGHT)  # "the Hollins inquiry", "the Tarxit negotiator"
        return
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "of" and span.start > 1:
        before = doc[span.start - 2].lower_  # "because of Vellox"
    if before in _NO_PLACE_BEFORE and root.dep_ == "pobj":
        mention.vote(WORK, _WEIGHT)  # "since Tarxit", "because of Vellox"
