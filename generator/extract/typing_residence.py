"""Evidence that a name is a place from what people do there: live, grow up, are born.

- "who lives in Ashby Vale", "was born in Tarn Bridge and raised in Kelby", "grew up in
  Welby Cross", "the firm, based in Dunmoor Park": people live, are born and grow up, and
  firms are based, in places; a body or a person is never where someone lives.
- "fans who travelled from Orby": one travels from a place.
- "from nearby Welby Green", "residents of neighbouring Kelby": "nearby" and "neighbouring"
  with no article tell where a place lies; "a nearby Tarnco", "the nearby Kelby cafe" are a
  branch or a building, which an article or a noun after the name shows.

The model often reads a small town, unknown to the gazetteer, as a body's or a person's
name; a name with a word of bodies in it ("Council", "Court", "University" ...) stays
one ("the nearby Kelby Hospital", "based at the University of Kelby"). General words only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import cues
from generator.extract.mentions import PLACE, Mention
from generator.extract.quote_lemmas import verb_forms

#: Verbs whose "in" or "at" is where someone lives or something is: "lives in Kelby".
_HOME_VERBS = verb_forms(("live", "reside", "settle", "raise", "base")) | {"born"}
#: Verbs whose "in" is a home only with their particle: "grew up in Kelby".
_UP_VERBS = verb_forms(("grow",))
#: Verbs whose "from" is the place one set off from: "travelled from Kelby".
_FROM_VERBS = verb_forms(("travel",))
#: Words before a name that place it beside another place: "nearby Kelby".
_NEAR_WORDS = frozenset({"nearby", "neighbouring", "neighboring"})
#: Weight of these votes: above the model's label read on two mentions.
_WEIGHT = 3.0


def residence_votes(mention: Mention) -> None:
    """A place's vote for a name where someone lives, is born or grows up, where a firm is
    based, that one travels from, or that lies "nearby" (see the module's doc)."""
    span = mention.span
    if any(token.lower_ in cues().org_suffixes for token in span):
        return  # "the nearby Kelby Hospital", "based at the University of Kelby"
    if _after_near_word(span) or _home_of_verb(span.root):
        mention.vote(PLACE, _WEIGHT)


def _after_near_word(span: Span) -> bool:
    """Whether "nearby" or "neighbouring" stands right before the name, with no article
    before it and no noun after the name that the name qualifies."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in _NEAR_WORDS:
        return False
    if span.start > 1 and doc[span.start - 2].pos_ in ("DET", "PRON"):
        return False  # "a nearby Tarnco": one branch of a chain; "their nearby Kelby Hall"
    return span.end == len(doc) or not (doc[span.end].is_lower and doc[span.end].pos_ == "NOUN")


def _home_of_verb(root: Token) -> bool:
    """Whether the name, itself or through the names it is listed with, is the object of
    "in" or "at" after a verb of living, or of "from" after a verb of travel."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "from Orby and Welby": the second is listed after the first
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    verb = preposition.head
    word = verb.lower_
    if preposition.lower_ in ("in", "at"):
        if any(child.dep_ == "dobj" for child in verb.children):
            return False  # "raise taxes in its Budget", "settle the case in Kelby Court"
        if word in _HOME_VERBS:
            return True
        return word in _UP_VERBS and any(
            child.dep_ == "prt" and child.lower_ == "up" for child in verb.children
        )
    return preposition.lower_ == "from" and word in _FROM_VERBS
