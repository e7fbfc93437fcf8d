"""A quote alone in its paragraph that the next paragraph's speaker goes on from.

News sets a speaker's words out over several paragraphs and may name the speaker only
when the words go on: "'We met twice and stayed friends.' / Ann Lee continued: '...'".
A verb of going on ("added", "continued", "went on", "carried on") says its subject spoke just
before, so a quote that fills the paragraph before, with no words of the writer's own
and no speaker found otherwise, is that subject's. `quotes` asks this last.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import Entity
from generator.extract.paragraphs import paragraph_start
from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.speaker_subjects import is_saying_phrasal, subject_of
from generator.extract.speakers import Attribution

__all__ = ["going_on"]

#: Lemmas of verbs that say their subject spoke just before ("Lee added: '...'").
GOING_ON = frozenset(["add", "continue"])
#: What may stand beside the quote in its paragraph: marks, spaces, closing stops.
_AROUND = " \t.,!?;:" + ALL_MARKS


def going_on(search: Attribution, quote: Quote, previous: Quote | None) -> Entity | None:
    """The speaker the paragraph after the quote names with a verb of going on, when the
    quote fills its own paragraph; else None."""
    text = search.text
    first, last = quote.parts[0][0], quote.parts[-1][1]
    start = paragraph_start(text, first)
    stop = text.find("\n", last)
    if stop < 0 or text[start:first].strip(_AROUND) or text[last:stop].strip(_AROUND):
        return None
    after = len(text) - len(text[stop:].lstrip())
    if after >= len(text):
        return None
    verb = _going_on_verb(search, after)
    if verb is None:
        return None
    subject = subject_of(verb, quote, search.quoted)
    if subject is None or subject.idx < after:
        return None
    return search.speaker_of_subject(subject, quote, previous)


def _going_on_verb(search: Attribution, start: int) -> Token | None:
    """The verb of going on that heads the first sentence of the paragraph starting at
    ``start`` (no word of the paragraph outside quote marks above it), outside quote
    marks ("He added: '...'", "'...,' Lee went on."), or None. The parser may have run
    the paragraph into the sentence before, or hung the verb on a word of the quote."""
    text = search.text
    end = text.find("\n", start)
    words = search.sentences.doc.char_span(
        start, len(text) if end < 0 else end, alignment_mode="expand"
    )
    if words is None:
        return None
    quoted = search.quoted.inside
    for token in words:
        if quoted(token.idx):
            continue
        if token.text in (".", "!", "?") or (token.is_sent_start and token.idx > start):
            return None  # the first sentence ended with no verb of going on
        if not search.is_reporting(token):
            continue
        if any(a.i >= words.start and not quoted(a.idx) for a in token.ancestors):
            continue
        on = any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children)
        if lemma(token) in GOING_ON or (on and is_saying_phrasal(token)):
            return token
    return None
