"""A quote said by "he"/"she" whom only the next paragraph names.

News may put the pronoun before the name: "'We always knew testing would be needed,' he
said. / Mr Ames said he had warned the board ..." When the pronoun that says the quote
reads back to no one, the person whom the next paragraph's first sentence names as the
subject of its main verb of saying, of the pronoun's sex, is who spoke. A singular
person noun as a subject just before the quote ("One doctor told me ... '...,' he
said") is someone the story leaves unnamed: no one then. `quotes` asks this last.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.entities import PERSON, Entity
from generator.extract.paragraphs import paragraph_start
from generator.extract.quote_marks import Quote
from generator.extract.referent_nouns import one_person
from generator.extract.speakers import Attribution
from generator.extract.speech import SUBJECT_DEPS

__all__ = ["named_after"]

#: Most words outside quotes after the quote in its paragraph ("he said this week").
MAX_TAIL_WORDS = 6


def named_after(search: Attribution, quote: Quote) -> Entity | None:
    """The person the next paragraph opens with as a subject of saying, when the quote's
    own paragraph ends in a short "he said" after it; else None."""
    text = search.text
    last = quote.parts[-1][1]
    stop = text.find("\n", last)
    if stop < 0:
        return None
    tail = search.sentences.doc.char_span(last, stop, alignment_mode="expand")
    if tail is None or len([t for t in tail if t.is_alpha]) > MAX_TAIL_WORDS:
        return None
    pronoun = next(
        (
            t
            for t in tail
            if t.lower_ in ("he", "she")
            and t.dep_ in SUBJECT_DEPS
            and search.is_reporting(t.head)
            and not search.quoted.inside(t.idx)
        ),
        None,
    )
    if pronoun is None or _unnamed_before(search, quote):
        return None
    after = len(text) - len(text[stop:].lstrip())
    if after >= len(text):
        return None
    sent = search.sentences.spans[search.sentences.index_at(after)]
    if sent.start_char < after:
        return None  # the parser ran the paragraph into the one before
    person = _opening_speaker(search, sent)
    if person is None or not search.compatible(person, pronoun.lower_):
        return None
    return person


def _opening_speaker(search: Attribution, sent: Span) -> Entity | None:
    """The person a sentence names as the subject of its main verb, a verb of saying."""
    root = sent.root
    if search.quoted.inside(root.idx) or not search.is_reporting(root):
        return None
    for child in root.children:
        if child.dep_ in SUBJECT_DEPS:
            owner = search.owners.get(child.i)
            return owner if owner is not None and owner.kind == PERSON else None
    return None


def _unnamed_before(search: Attribution, quote: Quote) -> bool:
    """Whether the quote's paragraph or the one before has, outside quotes, a singular
    person noun as a subject: someone the story leaves unnamed may be "he"."""
    text = search.text
    first = quote.parts[0][0]
    start = paragraph_start(text, first)
    earlier = paragraph_start(text, max(0, start - 2)) if start > 1 else start
    span = search.sentences.doc.char_span(earlier, first, alignment_mode="expand")
    return span is not None and any(
        t.dep_ in SUBJECT_DEPS
        and t.pos_ == "NOUN"
        and not search.quoted.inside(t.idx)
        and one_person(t, search.lex)
        for t in span
    )
