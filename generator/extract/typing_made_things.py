"""Evidence that a name the model reads as a person's is a thing someone made: "Wilbur, the
smart speaker made by Tandem,", "Kallisto, created by Brightmind,", "Milo Grange, a robot
built by Jo Ames". A person is born, hired or raised, never made, built or designed by a
maker: a verb of making with its maker after "by" hangs on the noun set off beside the name,
on the name set off by a comma, or has the name for its passive subject ("Wilbur is made by
Tandem"). Not when the verb makes the name something ("was made captain by the club", "made
famous by"): a word after the verb says what. Only names the model read as a person's: a
firm "founded by" or "set up by" someone is a body, and no verb here makes one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.mentions import WORK, Mention

__all__ = ["made_thing_votes"]

#: Participles of making goods, programs, machines and characters; not "founded" or "run",
#: which bodies are too.
_MADE = frozenset(
    {"made", "built", "designed", "manufactured", "produced", "developed", "created"}
    | {"invented", "engineered", "programmed", "assembled"}
)
#: Dependents of the verb that say what it makes its object: "made captain", "made famous",
#: "made to resign".
_MADE_INTO = frozenset({"attr", "oprd", "acomp", "xcomp", "ccomp", "dobj"})
#: Weight: more than the model's label and a title's vote together.
_WEIGHT = 4.0


def made_thing_votes(mention: Mention) -> None:
    """A work's vote for a person-shaped name made by a maker (see the module)."""
    span = mention.span
    if span.label_ != "PERSON":
        return
    root, doc = span.root, span.doc
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)  # "a robot built by Jo Ames, Milo Grange": the noun before
    set_off = span.end < len(doc) and doc[span.end].text == ","
    if set_off:
        nouns.extend(_phrase_set_off_after(doc, span.end))  # the parse may miss the appos
    verbs = [c for noun in nouns for c in noun.children if c.dep_ == "acl"]
    if set_off:
        verbs.extend(c for c in root.children if c.dep_ == "acl")  # "Kallisto, created by"
    if root.dep_ == "nsubjpass":
        verbs.append(root.head)  # "Wilbur is made by Tandem"
    if any(_made_by(verb) for verb in verbs):
        mention.vote(WORK, _WEIGHT)


#: How many words a noun phrase set off after a name may open with before its noun.
_PHRASE_REACH = 4


def _phrase_set_off_after(doc: Doc, comma: int) -> list[Token]:
    """The common noun of the phrase that opens right after a name's comma, however the parse
    hung it: "Quarry Quest, the hit game made by Strix" read with "game" another verb's object.
    """
    for token in doc[comma + 1 : comma + 2 + _PHRASE_REACH]:
        if token.pos_ == "NOUN" and token.left_edge.i == comma + 1:
            return [token]
    return []


def _made_by(verb: Token) -> bool:
    """Whether a participle of making has its maker after "by" and makes nothing of its
    object: "made by Tandem", not "made captain by the club"."""
    if verb.tag_ != "VBN" or verb.lower_ not in _MADE:
        return False
    if any(c.dep_ in _MADE_INTO for c in verb.children):
        return False
    return any(c.dep_ == "agent" and c.lower_ == "by" for c in verb.children)
