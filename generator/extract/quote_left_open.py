"""A speech left open that goes on past one paragraph of the writer's.

British copy runs a long speech over paragraphs, each opening with a mark and only the
last one closing: a paragraph that ends without a closing mark says the speaker has more
to say. When one paragraph without marks comes between (a line the writer dropped the
marks from, a sentence of the writer's set into the speech) and the next paragraph opens
with a quote that nothing attributes, that quote is still the open speech: "Ann Lee
said: 'We lost the hall. / The roof had leaked for years. / 'So we will meet outside.'"
is Lee's. Someone reported speaking in the paragraph between ("A neighbour said the roof
leaked.") may have taken over, so then it is nobody's here. `quotes` asks this last.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import Entity
from generator.extract.paragraphs import paragraph_start
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.speaker_subjects import subject_of
from generator.extract.speakers import Attribution
from generator.extract.speech import words

__all__ = ["left_open", "reported_subjects"]

#: The break between two paragraphs in the document's text.
_BREAK = "\n\n"


def left_open(search: Attribution, quote: Quote, previous: Quote | None) -> Entity | None:
    """The speaker of the previous quote when it ran unclosed to its paragraph's end, one
    paragraph without a quote follows, and this quote opens the paragraph after that with
    no reporting verb of its own; else None."""
    if previous is None or previous.speaker is None or previous.closed:
        return None
    text = search.text
    end, first = previous.parts[-1][1], quote.parts[0][0]
    if text.count(_BREAK, end, first) != 2:
        return None  # not exactly one paragraph between
    if text[paragraph_start(text, first) : first].strip(" " + ALL_MARKS):
        return None  # the quote does not open its paragraph
    if text[end : text.find(_BREAK, end)].strip(" .,!?;:" + ALL_MARKS):
        return None  # words of the writer's after the previous quote: it did not run on
    if search.reporting_verbs(quote):
        return None
    start = text.find(_BREAK, end) + len(_BREAK)
    stop = text.find(_BREAK, start)
    if _someone_speaks(search, start, stop):
        return None
    return previous.speaker


def _someone_speaks(search: Attribution, start: int, stop: int) -> bool:
    """Whether the paragraph from ``start`` to ``stop`` holds a quote or reports someone
    speaking: a verb of saying with any subject but a writing ("a neighbour said", "he
    added"; "the report also said" is no one taking over)."""
    if any(mark in search.text[start:stop] for mark in '\u2018\u201c"\u00ab'):
        return True
    subjects = reported_subjects(search, start, stop)
    return subjects is None or any(
        subject is None or subject.lower_ not in words().document_nouns for subject in subjects
    )


def reported_subjects(search: Attribution, start: int, stop: int) -> list[Token | None] | None:
    """The subject of each verb of saying outside quotes from ``start`` to ``stop`` (None
    for a verb whose subject the parse does not give), or None when no tokens span the
    text there."""
    span = search.sentences.doc.char_span(start, stop, alignment_mode="expand")
    if span is None:
        return None
    return [
        subject_of(token)
        for token in span
        if not search.quoted.inside(token.idx) and search.is_reporting(token)
    ]
