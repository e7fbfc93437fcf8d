"""A quote with no speaker whose words another quote, one with a speaker, holds.

News often gives a few words of a speech before (or after) setting the speech out with its
speaker: "Experts warn the port faces 'a long climb back to where it was' ... Ann Lee
said: 'This is a long climb back to where it was before the storm.'" Words are the
words of whoever said them, wherever they are quoted, so a quote nothing attributes takes
the speaker of the quotes that hold all its words in a row, when those quotes have one
and the same speaker. Three words may be a stock phrase anyone quotes ("law and
order", "stay at home"): a quote that short counts only when a verb of saying or judging
holds it in its clause ("ministers admit the bill would 'break the rules'") and it is no
name set before a noun ("the 'keep your distance' signs", "'first come first' rules").
Two words count only as the words of the person their sentence is about or reports
("Ann Lee was 'deeply shaken'" before her own "I was deeply shaken"; "doctors warned
the harbour 'will silt'" before her "the harbour will silt up"): `echoed_fragments`.
"""

from __future__ import annotations

import re

from generator.extract.entities import Entity
from generator.extract.quote_marks import ALL_MARKS, Quote
from generator.extract.speakers import Attribution
from generator.extract.speech import SUBJECT_DEPS, in_any

__all__ = ["echo_speakers", "echoed_fragments", "settle_repeats"]

#: Fewest words of a quote that takes another quote's speaker with no verb holding it.
MIN_ECHO_WORDS = 4
#: Fewest words of a quote that takes another quote's speaker at all.
MIN_HELD_ECHO_WORDS = 3
#: Fewest words of a quote printed twice whose printings must share one speaker: shorter
#: words ("we will not give up") may be two people's.
MIN_REPEAT_WORDS = 6

_WORD = re.compile(r"\w+")


def _words(text: str) -> tuple[str, ...]:
    """The words in order, lower case; an apostrophe of either shape splits like a space."""
    return tuple(_WORD.findall(text.lower()))


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether `shorter` stands in `longer` as a run of whole words."""
    size = len(shorter)
    return any(longer[at : at + size] == shorter for at in range(len(longer) - size + 1))


def echo_speakers(search: Attribution, quotes: list[Quote]) -> None:
    """Give each quote with no speaker the one speaker of the attributed quotes that hold
    its words (see the module's docstring), in place."""
    said = [(_words(q.text), q.speaker) for q in quotes if q.speaker is not None]
    for quote in quotes:
        if quote.speaker is not None:
            continue
        own = _words(quote.text)
        if len(own) < MIN_HELD_ECHO_WORDS:
            continue
        holders = {id(speaker): speaker for words, speaker in said if _holds(words, own)}
        if len(holders) != 1:
            continue
        if len(own) < MIN_ECHO_WORDS and not _held_by_verb(search, quote):
            continue
        if len(own) < MIN_ECHO_WORDS and _names_a_noun(search, quote):
            continue
        speaker: Entity = next(iter(holders.values()))
        quote.speaker = speaker


def settle_repeats(search: Attribution, quotes: list[Quote]) -> None:
    """Give every printing of words a page prints twice or more with two speakers the one
    of those speakers that a paragraph holding a printing names outside quote marks
    ("'...,' she told the paper" read as someone else, then "'...,' Ann Lee told the
    paper"): words are one person's, and a name beside them is firmer than a pronoun read
    back or a quote run on from a paragraph before. With no such speaker, or two, the
    printings keep their own; in place."""
    printings: dict[tuple[str, ...], list[Quote]] = {}
    for quote in quotes:
        own = _words(quote.text)
        if len(own) >= MIN_REPEAT_WORDS:
            printings.setdefault(own, []).append(quote)
    for group in printings.values():
        speakers = {id(q.speaker): q.speaker for q in group if q.speaker is not None}
        if len(speakers) < 2:
            continue
        named = {
            key: s for key, s in speakers.items() if any(_named_beside(search, q, s) for q in group)
        }
        if len(named) == 1:
            speaker = next(iter(named.values()))
            for quote in group:
                quote.speaker = speaker


def _named_beside(search: Attribution, quote: Quote, speaker: Entity) -> bool:
    """Whether the quote's paragraph names the speaker outside quote marks: a mention of
    it, or its full name written where the NER read no mention ("'...,' Ann Lee wrote")."""
    text = search.text
    start, end = quote.parts[0][0], quote.parts[-1][1]
    first = text.rfind("\n\n", 0, start) + 1
    last = text.find("\n\n", end)
    last = len(text) if last == -1 else last
    span = search.sentences.doc.char_span(first, last, alignment_mode="expand")
    if span is not None and any(
        search.owners.get(t.i) is speaker and not search.quoted.inside(t.idx) for t in span
    ):
        return True
    written = re.compile(rf"\b{re.escape(speaker.name)}\b")
    return any(not search.quoted.inside(m.start()) for m in written.finditer(text, first, last))


def echoed_fragments(
    search: Attribution, quotes: list[Quote], fragments: list[Quote]
) -> list[Quote]:
    """The two-word fragments, of those nothing else attributes, whose words the quotes of
    one speaker hold and whose sentence reports them (a verb of saying or judging holds
    them) or is about that speaker (its subject names them), with that speaker."""
    said = [(_words(q.text), q.speaker) for q in quotes if q.speaker is not None]
    kept = []
    for fragment in fragments:
        own = _words(fragment.text)
        if len(own) < 2:
            continue
        holders = {id(speaker): speaker for words, speaker in said if _holds(words, own)}
        if len(holders) != 1 or _names_a_noun(search, fragment):
            continue
        speaker: Entity = next(iter(holders.values()))
        if _held_by_verb(search, fragment) or _about(search, fragment, speaker):
            fragment.speaker = speaker
            kept.append(fragment)
    return kept


def _about(search: Attribution, quote: Quote, speaker: Entity) -> bool:
    """Whether the subject of the verb the quote's sentence hangs on names the speaker."""
    sent = search.sentences.spans[search.sentences.index_at(quote.parts[0][0])]
    return any(
        c.dep_ in SUBJECT_DEPS and search.owners.get(c.i) is speaker and not in_any(c, quote)
        for c in sent.root.children
    )


def _held_by_verb(search: Attribution, quote: Quote) -> bool:
    """Whether a verb of saying or judging holds the quote in its own clause."""
    return any(
        any(in_any(t, quote) for t in verb.subtree) for verb in search.reporting_verbs(quote)
    )


def _names_a_noun(search: Attribution, quote: Quote) -> bool:
    """Whether a noun follows the quote's closing mark with only a space between: the
    quote names a kind of that noun ("the 'keep your distance' signs")."""
    end = quote.parts[-1][1]
    after = search.sentences.doc.char_span(end, len(search.text), alignment_mode="expand")
    word = next((t for t in after or [] if t.idx >= end and t.text.strip(ALL_MARKS)), None)
    return (
        word is not None
        and word.pos_ == "NOUN"
        and search.text[end : word.idx].strip(ALL_MARKS) == " "
    )
