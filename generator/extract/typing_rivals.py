"""Evidence that a name beaten by a work is a work: rivals are of one kind.

"Channel 4 drama Moor End won best serial, beating ITV's Harbour Glow": what a show, a film
or an album beats for a prize or a chart place is a show, a film or an album, not a person,
whatever the model's label. The beater is a work when its subject is a work's noun or a name
set beside one ("drama Moor End", "the film").

A rival that "its" owns is a body's or a thing's rival, of its owner's kind and no person:
"its rival Harry Vell", "its nearest rival, Tarn Cole". General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, WORK, Mention
from generator.extract.quote_lemmas import verb_forms

#: Verbs whose object is a rival the subject came ahead of.
_BEAT = ("beat", "defeat", "outsell", "edge", "pip")
#: Weight of a rival's kind: as much as a title's vote for a person.
_WEIGHT = 3.0


#: Nouns of a rival: "its rival", "its competitors".
_RIVALS = frozenset({"rival", "rivals", "competitor", "competitors"})


def rival_votes(mention: Mention) -> None:
    """Votes for a work when the model's person is the object of "beat" whose subject is a
    work: "drama Moor End won, beating Harbour Glow", "the film beat Harbour Glow"; for a
    body when it is a rival "its" owns."""
    if mention.span.label_ == "PERSON" and _its_rival(mention.span.doc, mention.span.start):
        mention.vote(ORG, _WEIGHT)
    root = mention.span.root
    if mention.span.label_ != "PERSON" or root.dep_ != "dobj":
        return
    verb = root.head
    if verb.lower_ not in verb_forms(_BEAT):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if any(_a_work(s) for s in subjects):
        mention.vote(WORK, _WEIGHT)


def _a_work(subject: Token) -> bool:
    """Whether a subject is a work's noun or a name after one: "the film", "drama Moor End"."""
    nouns = cues().work_nouns
    if subject.lower_ in nouns:
        return True
    return any(c.dep_ in ("compound", "appos") and c.lower_ in nouns for c in subject.children)


def _its_rival(doc: Doc, start: int) -> bool:
    """Whether "its" and a noun of a rival, over adjectives and a comma, stand right before
    the name: "its rival Harry Vell", "its nearest rival, Tarn Cole"; not "his rival"."""
    before = start - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or doc[before].lower_ not in _RIVALS:
        return False
    before -= 1
    while before >= 0 and doc[before].tag_ in ("JJ", "JJS", "JJR"):
        before -= 1
    return before >= 0 and doc[before].lower_ == "its"
