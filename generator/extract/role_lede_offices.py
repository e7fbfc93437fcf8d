"""The office of one holder by which a story goes on about the person its lede is about.

Political news opens on a head of government by name, as the subject of its first
sentence, and from then on calls them by the office alone, taking it as known, often as an
object or an owner rather than a subject: "Tom Vell is to cut port fees. ... Traders told
the prime minister the cut came too late. ... the prime minister's plan". No title or
appositive states the office, and the office is not the subject of a sentence near the
name, so neither `role_office_next` nor `role_office_later` reads it.

The evidence must be sure: the lede names one person only, in full, as the subject of its
main verb; the office is first named within a few sentences of it; the story names
only one office of one holder (`ONE_HOLDER_OFFICES`, bare:
"the chancellor", not "the former chancellor" nor "his chancellor") outside quotes, so
that a story of a chancellor and a prime minister, one of them never named, is left alone;
no one is given that office as a title or stated role, now or before; and a sentence
naming the office names no person, the lede's included ("Ann Vell urged the premier"), and
has no "he" or "she" before it ("she claimed the premier thinks"): someone else acts on
the holder there.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import Entity
from generator.extract.lexicon import Lexicon
from generator.extract.referent_offices import held_by_anyone, office_words
from generator.extract.role_context import SUBJECTS
from generator.extract.role_phrases import role_phrase
from generator.extract.role_quoted import in_quote

__all__ = ["with_lede_offices"]

#: How many sentences after the lede the office is first named in: far on, "the prime
#: minister" is as likely the unnamed opponent of a lede about a party leader.
OFFICE_REACH = 3
#: Pronouns for a person, the subject of a sentence that names an office after them.
_SOMEONE = frozenset(["he", "she"])


def with_lede_offices(doc: Doc, people: Sequence[Entity], lex: Lexicon) -> None:
    """Give the person the lede is about, with no role, the one office of one holder the
    story names them by (in place)."""
    if not len(doc):
        return
    lede = next(doc.sents)
    in_lede = [p for p in people if any(_within(m.span, lede) for m in p.mentions)]
    if len(in_lede) != 1 or in_lede[0].role or not _lede_subject(in_lede[0], lede):
        return
    person = in_lede[0]
    offices: dict[tuple[str, ...], list[Token]] = {}
    for token in doc[lede.end :]:
        said = office_words(token) if token.pos_ in ("NOUN", "PROPN") else None
        if said is not None and not in_quote(token):
            offices.setdefault(tuple(said), []).append(token)
    if len(offices) != 1:
        return
    words, nouns = next(iter(offices.items()))
    near = list(doc.sents)[1 : 1 + OFFICE_REACH]
    if not near or nouns[0].i >= near[-1].end:
        return
    if held_by_anyone(list(words), people):
        return
    named = [m.span for p in people for m in p.mentions]
    if any(_spoken_of(noun) or any(_within(span, noun.sent) for span in named) for noun in nouns):
        return
    person.role = role_phrase(nouns[0], range(0), lex) or None


def _within(span: Span, sentence: Span) -> bool:
    """Whether a mention stands inside a sentence."""
    return sentence.start <= span.start and span.end <= sentence.end


def _spoken_of(noun: Token) -> bool:
    """Whether a "he" or "she" comes before the office in its sentence ("she claimed the
    prime minister thinks"): someone speaks or acts on the holder, who is someone else."""
    return any(t.lower_ in _SOMEONE for t in noun.doc[noun.sent.start : noun.i])


def _lede_subject(person: Entity, lede: Span) -> bool:
    """Whether the person is named in full as the subject of the lede's main verb ("Tom
    Vell is to cut port fees", not "Traders told Tom Vell")."""
    full = len(person.name.split())
    return any(
        _within(m.span, lede)
        and len(m.text.split()) >= max(full, 2)
        and m.span.root.dep_ in SUBJECTS
        and m.span.root.head.i == lede.root.i
        for m in person.mentions
    )
