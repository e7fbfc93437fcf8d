"""A quote that a line of narrative leads into, after a paragraph that ended on the words
of the one it goes on quoting.

Features set a speaker's quotes between lines of their own: "'It is safe here,' says
Ann Lee. / The move has changed her sons' lives. 'They go to school now.'" The lead-in
names no one else, reports no one and has no subject that could speak but the speaker,
so the quote after it is still the speaker's. `quotes` asks this when nothing else
around the quote names a speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.lexicon import singulars
from generator.extract.quote_marks import Quote
from generator.extract.role_phrases import person_noun
from generator.extract.speakers import Attribution
from generator.extract.speech import PRONOUNS, SUBJECT_DEPS, THING_PRONOUNS, words

__all__ = ["led_in"]

#: Tags of a finite verb or a modal, one of which makes the clause it helps finite.
FINITE_TAGS = frozenset(["VBZ", "VBD", "VBP", "MD"])

#: Nouns for a body of people that can speak, which the lists of person and body nouns
#: leave out.
SPEAKING_BODIES = frozenset(
    [
        "police",
        "government",
        "family",
        "public",
        "staff",
        "crowd",
        "court",
        "jury",
        "team",
        "army",
        "authorities",
        "media",
        "press",
        "people",
        "crew",
        "audience",
    ]
)


def led_in(search: Attribution, previous: Quote | None, quote: Quote) -> Entity | None:
    """The previous quote's speaker when that quote ends in the paragraph before the
    quote's own and the words from its end to the quote are about that speaker alone:
    no quote, no verb of saying in the lead-in, no other person or body, and no subject of
    a finite clause but the speaker, "he" or "she" fitting them, or a thing; else None."""
    if previous is None or previous.speaker is None:
        return None
    speaker = previous.speaker
    text = search.text
    first, end = quote.parts[0][0], previous.parts[-1][1]
    start = text.rfind("\n\n", 0, first) + 2
    if start < 2 or not text.rfind("\n\n", 0, start - 2) < end <= start - 2:
        return None
    tail = search.sentences.doc.char_span(end, start - 2, alignment_mode="expand")
    lead = search.sentences.doc.char_span(start, first, alignment_mode="expand")
    if lead is None or not any(t.is_alpha for t in lead):
        return None
    for token in [*(tail or []), *lead]:
        owner = search.owners.get(token.i)
        if owner is not None and owner is not speaker and owner.kind in (PERSON, ORG):
            return None
    for token in lead:
        if search.is_reporting(token) or search.quoted.inside(token.idx):
            return None
        speaks = token.dep_ in SUBJECT_DEPS and _finite(token.head)
        if speaks and not _about(search, token, speaker):
            return None
    return speaker


def _finite(verb: Token) -> bool:
    """Whether a verb heads a finite clause: its subject acts in the narrative. The subject
    of an infinitive or a participle ("leave little time for his sons to see him") only
    completes what the clause says of the one it is about."""
    if verb.tag_ not in ("VB", "VBG", "VBN"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _about(search: Attribution, subject: Token, speaker: Entity) -> bool:
    """Whether a subject of the lead-in is the speaker or a thing, not someone else who
    might speak."""
    if search.owners.get(subject.i) is speaker:
        return True
    if subject.lower_ in PRONOUNS:
        return search.compatible(speaker, subject.lower_)
    if subject.pos_ == "PRON":
        return subject.lower_ in THING_PRONOUNS
    if subject.pos_ != "NOUN" or subject.i in search.owners:
        return False
    return not any(
        person_noun(noun) or noun in words().organization_nouns or noun in SPEAKING_BODIES
        for noun in singulars(subject.lower_)
    )
