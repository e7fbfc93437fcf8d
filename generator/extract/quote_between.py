"""What stands between a quote and the one before it, and whether it changes the speaker.

* a question about things alone in the same paragraph ("'...,' she said. And if the vote
  fails? '...'") is the writer's lead-in to the next answer (`thing_between`);
* a paragraph about the speaker alone, the speaker's own ("her firm") or things, between
  two of the speaker's quotes, does not change who speaks (`across_narrative`);
* an interview written as questions in the writer's voice, each answered by a quote in a
  paragraph of its own ("What should parents do? / '...'"), gives every answer to the one
  interviewed: the speaker of the answer before, or the one person the paragraph before
  the first question names (`answered`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.referent_offices import people_noun
from generator.extract.speech import (
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    words,
)

if TYPE_CHECKING:
    from generator.extract.speakers import Attribution

__all__ = ["across_narrative", "answered", "thing_between"]

#: Most sentences of a question put in the writer's voice.
MAX_QUESTION_SENTENCES = 2


def answered(
    search: Attribution, quote: Quote, previous: Quote | None, start: int
) -> Entity | None:
    """The one interviewed, when a quote alone in its paragraph answers a question that is
    the whole paragraph before (starting at ``start``), in the writer's voice: no quote,
    no one named, no verb of saying. The paragraph before the question gives who answers:
    the speaker of a quote that ends in it, when it names no one else ("'...' / Did you
    doubt it? / '...'"), or, with no quote in it, the one person it names ("She spoke to
    Jo Ames. / Why ...? / '...'")."""
    text = search.text
    if not _question(search, start, quote.parts[0][0]):
        return None
    earlier = text.rfind("\n\n", 0, max(0, start - 2))
    earlier = 0 if earlier < 0 else earlier + 2
    span = search.sentences.doc.char_span(earlier, start, alignment_mode="expand")
    if span is None:
        return None
    named = {
        id(o): o
        for t in span
        if not search.quoted.inside(t.idx)
        and (o := search.owners.get(t.i)) is not None
        and o.kind == PERSON
    }
    if previous is not None and previous.parts[-1][1] > earlier:
        speaker = previous.speaker
        if speaker is None or any(o is not speaker for o in named.values()):
            return None
        return speaker
    return next(iter(named.values())) if len(named) == 1 else None


def _question(search: Attribution, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` (a quote's opening) is one paragraph of
    one or two sentences ending in a question mark, with no quote, person or verb of
    saying: a question put in the writer's voice."""
    words_ = search.text[start:end].strip(" \n" + ALL_MARKS)
    if not words_.endswith("?") or "\n" in words_:
        return False
    sentences = search.sentences
    span = sentences.doc.char_span(start, start + len(words_), alignment_mode="expand")
    last = sentences.index_at(start + len(words_) - 1)
    if span is None or last - sentences.index_at(start) >= MAX_QUESTION_SENTENCES:
        return False
    for token in span:
        owner = search.owners.get(token.i)
        if (owner is not None and owner.kind == PERSON) or search.is_reporting(token):
            return False
        if search.quoted.inside(token.idx):
            return False
    return True


def thing_between(search: Attribution, previous: Quote, quote: Quote) -> bool:
    """Whether one question about things alone stands between the sentence that ends the
    previous quote and this one, in one paragraph ("'...,' she said. And if the vote
    fails? '...'"): the writer's lead-in to the next answer, with no verb of saying, no
    person named, no subject that could answer (a pronoun, a name, a body's noun). People
    named by a common noun are asked about, not answering ("And if the players refuse?")."""
    end, start = previous.parts[-1][1], quote.parts[0][0]
    sentences = search.sentences
    at = sentences.index_at(max(0, end - 1))
    if "\n" in search.text[end:start] or sentences.index_at(start) != at + 2:
        return False
    between = sentences.spans[at + 1]
    if not between.text.rstrip().endswith("?"):
        return False
    for token in between:
        owner = search.owners.get(token.i)
        if (owner is not None and owner.kind == PERSON) or search.quoted.inside(token.idx):
            return False
        if search.is_reporting(token) or (token.pos_ == "PROPN" and owner is None):
            return False
        # A body named as an object ("Will the cuts reach Acme?") says nothing; one as
        # subject ("Would Acme agree?") may answer.
        speaks = token.pos_ in ("PRON", "PROPN") or owner is not None
        speaks = speaks or token.lower_ in words().organization_nouns
        if token.dep_ in SUBJECT_DEPS and speaks and token.lower_ not in THING_PRONOUNS:
            return False
    return True


def across_narrative(search: Attribution, previous: Quote, start: int) -> bool:
    """Whether the previous quote has a speaker and ends in the paragraph before the one
    starting at ``start``, and that paragraph is narrative about the speaker alone: no
    quote, no verb of saying, no other person, and no subject but "he" or "she" fitting
    the speaker, the speaker's own name, a noun the speaker owns by "his"/"her" or by
    name ("Her firm was founded in 2012."), or a thing (`_thing`)."""
    speaker = previous.speaker
    text = search.text
    if speaker is None or start < 2:
        return False
    end = previous.parts[-1][1]
    if not text.rfind("\n\n", 0, start - 2) < end < start - 2:
        return False
    stop = text.find("\n\n", start)
    between = search.sentences.doc.char_span(
        start, len(text) if stop < 0 else stop, alignment_mode="expand"
    )
    if between is None:
        return False
    for token in between:
        owner = search.owners.get(token.i)
        if search.quoted.inside(token.idx) or search.is_reporting(token):
            return False
        if owner is not None and owner is not speaker and owner.kind == PERSON:
            return False
        fitting = token.lower_ in PRONOUNS and search.compatible(speaker, token.lower_)
        fitting = fitting or _speakers_own(search, token, speaker) or _thing(search, token)
        if token.dep_ in SUBJECT_DEPS and owner is not speaker and not fitting:
            return False
    return True


def _speakers_own(search: Attribution, noun: Token, speaker: Entity) -> bool:
    """Whether a noun is the speaker's own thing or kin by its possessor: "her company",
    "his farm" fitting the speaker's sex, or the speaker's name ("Ames's shop")."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ in POSSESSIVE_PRONOUNS:
                return search.compatible(speaker, child.lower_)
            return search.owners.get(child.i) is speaker
    return False


def _thing(search: Attribution, subject: Token) -> bool:
    """Whether a subject is a thing, no one who might speak: "it", or a common noun that
    no entity owns and that names no person, people or body ("The project was funded
    by a grant", not "Firefighters stayed" or "The council met")."""
    if subject.lower_ in THING_PRONOUNS:
        return True
    return (
        subject.pos_ == "NOUN"
        and search.owners.get(subject.i) is None
        and subject.lower_ not in words().organization_nouns
        and not people_noun(subject, search.lex)
    )
