"""Evidence that a name beaten by a work is a work: rivals are of one kind.

"Channel 4 drama Moor End won best serial, beating ITV's Harbour Glow": what a show, a film
or an album beats for a prize or a chart place is a show, a film or an album, not a person,
whatever the model's label. The beater is a work when its subject is a work's noun or a name
set beside one ("drama Moor End", "the film"). General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import cues
from generator.extract.mentions import WORK, Mention
from generator.extract.quote_lemmas import verb_forms

#: Verbs whose object is a rival the subject came ahead of.
_BEAT = ("beat", "defeat", "outsell", "edge", "pip")
#: Weight of a rival's kind: as much as a title's vote for a person.
_WEIGHT = 3.0


def rival_votes(mention: Mention) -> None:
    """Votes for a work when the model's person is the object of "beat" whose subject is a
    work: "drama Moor End won, beating Harbour Glow", "the film beat Harbour Glow"."""
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
