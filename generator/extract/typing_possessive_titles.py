"""Evidence that a name made like a person's owns a noun only inside a work's title.

"the comedy Mrs Pettle's Orchard", "Mrs Pettle's Orchard star Ann Vell": a title may be a
possessive phrase whose owner is written as a person is ("Mrs Pettle"). When a noun of a
work stands right before the owner (over an honorific), the capitalised words after the
possessive are followed by "star", or they are the subject of a verb that counts the title's
audience ("Mrs Pettle's Lads drew nine million viewers", "topped the box office", "aired on
Sunday") or says it is a work ("Mrs Pettle's Lads is a sitcom"), the whole phrase is the
title, and the owner is no one the story is about: its person evidence on that writing (the
honorific's) is taken back. Other writings of the same name keep theirs, so a real person a
title names stays a person. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.lexicon import cues, lexicon
from generator.extract.mentions import PERSON, WORK, Mention
from generator.extract.work_votes import aired, box_office

#: Weight of the title's vote: as much as an honorific's for a person.
_WEIGHT = 3.0
#: Nouns after a title that make the title a work's: "Orchard star Ann Vell".
_STARS = frozenset({"star", "stars", "co-star"})
#: What a show, a programme or a paper is said to draw, and a person is not: "drew 9m viewers".
_AUDIENCES = frozenset({"viewers", "listeners", "readers", "audience", "audiences"})


def possessive_title_votes(mention: Mention) -> None:
    """A model's person that owns capitalised words of a work's title votes for a work, and
    its person evidence on this writing is taken back (see the module)."""
    span = mention.span
    if mention.fixed or span.label_ != "PERSON":
        return
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in POSSESSIVE_ENDINGS:
        return
    end = span.end + 1
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == span.end + 1:
        return  # "Mrs Pettle's garden": a noun of her own
    if (
        _work_noun_before(doc, span.start)
        or _star_after(doc, end)
        or _a_works_subject(doc[end - 1])
    ):
        mention.votes.pop(PERSON, None)
        mention.vote(WORK, _WEIGHT)


def _work_noun_before(doc: Doc, start: int) -> bool:
    """Whether a noun of a work stands right before the name, over one honorific: "comedy
    Mrs Pettle", "the film Sir Tom Vell"."""
    before = start - 1
    if before >= 0 and doc[before].lower_ in lexicon().honorifics:
        before -= 1
    noun = doc[before] if before >= 0 else None
    return noun is not None and noun.lower_ in cues().work_nouns and noun.pos_ in ("NOUN", "PROPN")


def _star_after(doc: Doc, end: int) -> bool:
    """Whether "star" and a capitalised name follow the title: "Orchard star Ann Vell"."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in _STARS
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
    )


def _a_works_subject(last: Token) -> bool:
    """Whether the title's last word is the subject of a verb whose object is an audience ("Lads
    drew nine million viewers"), of the box office or of airing ("Diary topped the box office",
    "Lads aired"), or of "is" and a work's noun ("Lads is a sitcom")."""
    if last.dep_ != "nsubj":
        return False
    if box_office(last.head) or aired(last.head):
        return True
    objects = [c for c in last.head.children if c.dep_ in ("dobj", "attr")]
    if any(c.dep_ == "dobj" and c.lower_ in _AUDIENCES for c in objects):
        return True
    said_a_work = any(c.dep_ == "attr" and c.lower_ in cues().work_nouns for c in objects)
    return last.head.lemma_ == "be" and said_a_work
