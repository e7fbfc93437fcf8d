"""A speech that goes on past the photo captions a flattened page set into it.

The CNN/DailyMail data set writes a web page on one line, each line break as " . "
(`flat_breaks`). Photos set between two paragraphs of one speech leave their caption
lines there, each ending " . " with no stop of its own: "Ann Vell said: 'I was shy
in class. Aim! Ann practised at her village pub from the age of nine . Grown up: Ann now
has a partner . 'I kept to myself.'" The speech before the captions was cut
where they begin and left open (no closing mark); the quote that opens right after the
last caption, with no reporting verb of its own, is the same speech going on. A sentence
of the writer's between (a stop glued to its last word, "She won the heat. ") or someone
other than the speaker reported saying something there ends the speech. `quotes` asks
this after the other ways of going on.
"""

from __future__ import annotations

import re

from generator.extract.entities import Entity
from generator.extract.quote_left_open import reported_subjects
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.speakers import Attribution

__all__ = ["past_captions"]

#: A caption's end right before the opening mark: a word or number, then " . ".
_CAPTION_END = re.compile(r"[\w)] \. $")
#: A sentence of the writer's: a stop glued to a word and followed by a space. A caption
#: has no stop of its own (an exclamation in its label, "Try! Ann ...", is no sentence's).
_WRITERS_STOP = re.compile(r"\w\.\s")
#: Most characters of captions between two parts of one speech: a few caption lines.
MAX_CAPTIONS_CHARS = 700


def past_captions(search: Attribution, quote: Quote, previous: Quote | None) -> Entity | None:
    """The speaker of the previous quote when it was left open and only caption lines of
    a flattened page stand between it and this quote, which has no reporting verb of its
    own; else None."""
    if previous is None or previous.speaker is None or previous.closed:
        return None
    text = search.text
    end, first = previous.parts[-1][1], quote.parts[0][0]
    before_mark = text[end:first].rstrip(ALL_MARKS)
    if (
        not 0 < len(before_mark) <= MAX_CAPTIONS_CHARS
        or "\n" in before_mark
        or _CAPTION_END.search(before_mark) is None
    ):
        return None
    lines = [line for line in before_mark[:-2].split(" . ") if line.strip()]
    if not lines or any(_WRITERS_STOP.search(line + " ") for line in lines):
        return None
    if search.reporting_verbs(quote) or _other_speaks(search, previous, end, first):
        return None
    return previous.speaker


def _other_speaks(search: Attribution, previous: Quote, start: int, stop: int) -> bool:
    """Whether a caption between reports someone speaking who is not the previous quote's
    speaker ("Right: her coach says she ..."): a verb of saying whose subject names no one
    or someone else."""
    subjects = reported_subjects(search, start, stop)
    return subjects is None or any(
        subject is None or search.owners.get(subject.i) is not previous.speaker
        for subject in subjects
    )
