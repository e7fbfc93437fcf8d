"""A quote left without a speaker in the middle of one speaker's run of quotes.

News runs a speaker's words on over several paragraphs and names the speaker only now and
then: "'We lost the roof,' Jo Ames said. / 'The kitchen went next.' / 'We will rebuild,'
she added." A paragraph that holds nothing but quoted words (at most a leading article or
conjunction outside the marks: "The 'decision ends an old wrong.'") says nothing of a new
speaker, so when the quotes on either side of it are the same speaker's, it is that
speaker's too. Copy that runs paragraphs together ("..., said Ames. 'The kitchen went
next.' The storm ...") is read by the sentences that hold the quote instead. Stretches
between the quotes that bring in another person as the subject of a clause ("Bo Hart, a
neighbour, disagreed.") break the run. `quotes` asks this after every other rule has had
its say, as it needs the speaker of the quote after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.entities import PERSON
from generator.extract.quote_marks import Quote
from generator.extract.speech import SUBJECT_DEPS

if TYPE_CHECKING:
    from generator.extract.speakers import Attribution

__all__ = ["run_on"]

#: Word classes that, outside the marks, say the paragraph is the writer's words about
#: someone or something, not bare speech: a name, a noun ("a neighbour"), a pronoun, a verb.
_SPEAKING_CLASSES = frozenset(["NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM"])


def run_on(search: Attribution, quotes: list[Quote]) -> None:
    """Give each quote without a speaker, alone in a paragraph of bare speech between two
    quotes of the same speaker, that speaker (in place). ``quotes`` are in text order."""
    for at in range(1, len(quotes) - 1):
        quote, before, after = quotes[at], quotes[at - 1], quotes[at + 1]
        speaker = before.speaker
        if quote.speaker is not None or speaker is None or after.speaker is not speaker:
            continue
        if speaker.kind != PERSON:
            continue
        if _bare_paragraph(search, quote, before, after) and not _someone_else(
            search, before, after, speaker
        ):
            quote.speaker = speaker


def _bare_paragraph(search: Attribution, quote: Quote, before: Quote, after: Quote) -> bool:
    """Whether the quote's paragraph, or the sentences holding it when these are shorter,
    hold no word of the writer's that could bring in a speaker, and neither neighbour
    shares them."""
    text = search.text
    first, last = quote.parts[0][0], quote.parts[-1][1]
    doc = search.sentences.doc
    opening = doc.char_span(first, first + 1, alignment_mode="expand")
    closing = doc.char_span(last - 1, last, alignment_mode="expand")
    if not opening or not closing:
        return False  # None, or no token under a mark's edge (a space the quote ends on)
    start = max(text.rfind("\n", 0, first) + 1, opening[0].sent.start_char)
    end = text.find("\n", last)
    stop = min(len(text) if end < 0 else end, closing[-1].sent.end_char)
    if before.parts[-1][1] >= start or after.parts[0][0] <= stop:
        return False
    span = search.sentences.doc.char_span(start, stop, alignment_mode="expand")
    if span is None:
        return False
    inside = search.quoted.inside
    return not any(t.pos_ in _SPEAKING_CLASSES and not inside(t.idx) for t in span)


def _someone_else(search: Attribution, before: Quote, after: Quote, speaker: object) -> bool:
    """Whether a person other than the speaker is the subject of a clause outside the marks
    between the two neighbouring quotes."""
    span = search.sentences.doc.char_span(
        before.parts[-1][1], after.parts[0][0], alignment_mode="expand"
    )
    if span is None:
        return True
    inside = search.quoted.inside
    for token in span:
        if token.dep_ not in SUBJECT_DEPS or inside(token.idx):
            continue
        owner = search.owners.get(token.i)
        if owner is not None and owner is not speaker and owner.kind == PERSON:
            return True
    return False
