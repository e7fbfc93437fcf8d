"""Evidence that a name is a person's from a marriage: "married to Enna", "he divorced Enna".

Only people marry, wed, divorce or get engaged, so a name that is the object of such a verb
("he divorced Enna", "she married Tom Vell") or follows its "to" or "from" ("married to
Enna", "divorced from Tom Vell", "engaged to Ann Roke") is a person's, whatever the model
read: a one-word name the tables know as a town ("married to Kelby") is a wife's name there.
General word lists only.
"""

from __future__ import annotations

from generator.extract.mentions import PERSON, Mention

#: Forms of the verbs of marriage whose object is a person (no lemmatizer runs).
_MARRY = frozenset(
    {"marry", "marries", "married", "marrying", "wed", "weds", "wedded", "wedding"}
    | {"divorce", "divorces", "divorced", "divorcing"}
)
#: Words of marriage whose "to" or "from" names the spouse: "married to", "engaged to",
#: "divorced from".
_TO_OR_FROM = {
    "to": _MARRY | {"engaged", "betrothed"},
    "from": frozenset({"divorce", "divorced", "divorcing", "separated"}),
}
#: Weight of a spouse: as a title's ("Mrs Vell") less one, more than a verb of saying.
_WEIGHT = 2.0


def spouse_votes(mention: Mention) -> None:
    """A vote for a person when the name is the one married, wed or divorced (see module)."""
    root = mention.span.root
    head = root.head
    if root.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.lower_ in _MARRY:
        mention.vote(PERSON, _WEIGHT)  # "he divorced Enna"
        return
    if root.dep_ != "pobj" or head.lower_ not in _TO_OR_FROM:
        return
    verb = head.head
    if head.i == verb.i + 1 and verb.lower_ in _TO_OR_FROM[head.lower_]:
        mention.vote(PERSON, _WEIGHT)  # "married to Enna", "divorced from Tom Vell"
