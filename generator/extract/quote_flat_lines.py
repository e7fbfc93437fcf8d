"""Where a quote ends in text flattened from paragraphs, as scraped news archives keep it.

An archive that joins a page's paragraphs into one line writes " . " where a line ended
without a stop of its own: a photo caption ("Defiant: Ann Vell outside court . "), a
crosshead, a line broken before a name ("a dog named . Griffin"). A quote that lost its
closing mark ends there (`writers_break`), and so does its last sentence: speech ends
its sentences with a stop, so the words from the last stop to the break are the stopless
line of the writer's, not the speaker's. A flattened page is one paragraph, so a quote
that lost its closing mark may also run into the writer's next quote: a sentence of the
writer's that quotes someone ("Tom Idle, of the trust, said: '...", "Her husband said
she had been 'very lucky'") ends the open one before it (`introduced_break`). A stopless
line right before a mark that goes on with the speech ("...warm water. Another bloom: a
green mat off the pier at Tarnby . 'This is ...") is a caption set between two of the
speech's paragraphs, left out of the quote (`caption_before`). A mark opened right after
an article or a possessive ("credits it to the 'Harbour Trust, which ...") sets off the
name of a thing, not a sentence of speech: left without its closing mark, the words
after it cannot be bounded (`names_a_thing`). A speech's paragraph that ends on a word
and a next one that goes on in small letters are one line broken mid-sentence
(`broken_line`). `quote_marks` asks this module while it pairs marks.
"""

from __future__ import annotations

import re

from generator.extract.flat_breaks import MAY_END_A_LINE
from generator.extract.lexicon import lexicon
from generator.extract.quote_mark_roles import ALL_MARKS

__all__ = [
    "broken_line",
    "caption_before",
    "introduced_break",
    "last_stop",
    "names_a_thing",
    "writers_break",
]

#: The end of a paragraph in flattened text, before a sentence of the writer's: the word
#: before it, then " . " and a capital letter.
_WRITERS_BREAK = re.compile(r"(\w+) \. (?=[A-Z])")
#: Words no sentence ends with: after them " . " is a line broken before a name ("a dog
#: named . Griffin", "pillows and . Christmas lights").
_NO_LAST_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "into",
        "as",
        "than",
        "that",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "named",
        "called",
        "my",
        "his",
        "her",
        "their",
        "our",
        "your",
        "its",
    ]
)


def broken_line(text: str, end: int, first: int) -> bool:
    """Whether a paragraph that ended at ``end`` inside an open quote was a line broken
    mid-sentence, not the speech's paragraph: it ends on a word, with no stop, and the
    next one, from ``first``, goes on in small letters ("... like an¶agent of")."""
    ending = text[max(0, end - 8) : end].rstrip()
    return ending[-1:].isalnum() and text[first : first + 1].islower()


#: Words after which a quote mark opens a noun phrase, the name of a thing, and no
#: sentence of speech: articles, possessives, "as" ("known as 'the Bridge"); not "her",
#: which may be the one spoken to ("told her 'We are leaving").
_NOUN_OPENERS = frozenset(["a", "an", "the", "my", "his", "their", "our", "your", "its", "as"])


def names_a_thing(text: str, first: int) -> bool:
    """Whether the quote whose words start at ``first`` opened right after an article,
    a possessive or "as": its words name a thing ("as the 'Last Stand"), not speech."""
    before = text[max(0, first - 12) : first].rstrip(" " + ALL_MARKS).split()
    return bool(before) and before[-1].lower() in _NOUN_OPENERS


#: A sentence's stop inside a quote, before the next sentence's first word: the word
#: before it (an abbreviation such as "Mr." or an initial is no sentence's end).
_STOP = re.compile(r"(\S+)[.!?\u2026](?= +[A-Z0-9\u2018\u201c'\"])")
#: A title's abbreviation or an initial before a stop: a capital and at most two letters.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,2}")


def writers_break(text: str, start: int, end: int, since: int = -1) -> int:
    """Where a quote open from ``start`` met a line of the writer's before ``end``, or 0.

    Text flattened from paragraphs marks their ends " . ", so " . " before a capital
    letter and no opening mark ends the speaker's words ("...‘We will appeal. Defiant:
    Ann Vell outside court . The family said ..."); before an opening mark the speech
    runs on as over paragraphs, and before a small letter, "I" or after a paragraph's
    short first line it is a line broken mid-sentence (`_wrapped_line`). The quote ends
    at the last stop before the stopless line ("We will appeal."), or at the line's end
    when no sentence of the quote ended before it. The text before ``since`` (a quote
    mark, where an earlier call stopped) was read before."""
    for found in _WRITERS_BREAK.finditer(text, max(start, since), end):
        if found.group(1).lower() not in _NO_LAST_WORDS and not _wrapped_line(text, start, found):
            return last_stop(text, start, found.start(1) + 1) or found.end(1)
    return 0


#: The pronoun "I" (and its contractions) after a break: the speaker's voice.
_SPEAKERS_I = re.compile(r"I(?:['\u2019](?:m|ve|d|ll))?\b(?!\.)")
#: Most words of a wrapped paragraph's first line: archives that kept a page's line
#: breaks set the opening mark and a word or two apart ("'Afterwards . I started").
_MAX_FIRST_LINE_WORDS = 2


def _wrapped_line(text: str, start: int, found: re.Match[str]) -> bool:
    """Whether the break ``found`` inside a quote open from ``start`` is a line of the
    speech wrapped before a capital, not the end of its paragraph: the word after it is
    "I", which a writer's line does not say ("'...at the . I started"), or the quote's
    line before it has at most _MAX_FIRST_LINE_WORDS words and no stop, the short first
    line of a wrapped paragraph ("'Last week . Tom came round")."""
    if _SPEAKERS_I.match(text, found.end()):
        return True
    line = text[start : found.end(1)]
    return len(line.split()) <= _MAX_FIRST_LINE_WORDS and not last_stop(text, start, found.end(1))


def last_stop(text: str, start: int, end: int) -> int:
    """The end of the last sentence's stop between ``start`` and ``end``, or 0."""
    stop = 0
    for found in _STOP.finditer(text, start, end):
        if _ABBREVIATION.fullmatch(found.group(1)) is None:
            stop = found.end()
    return stop


#: Most words of a sentence that introduces a quote: "Tom Idle, of the Tarnby Park
#: Service, said:".
_MAX_LEAD_IN_WORDS = 20
#: How far back from the mark a lead-in's start is looked for: far more than 20 words.
_LEAD_IN_CHARS = 400
#: An apostrophe inside a word ("Hollis's", "O’Neill"): no quote mark.
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")
#: Words of the speaker's own voice: "I told him:", "We had one rule:" are speech.
_FIRST_PERSON = frozenset(["i", "me", "my", "we", "us", "our"])


def introduced_break(text: str, start: int, at: int) -> int:
    """Where a quote open from ``start`` ends before the opening mark at ``at`` because a
    sentence of the writer's quotes someone there, or 0: the words from the quote's last
    stop to the mark are a clause of saying in the third person that ends with a colon
    ("... into the camp. Tom Idle said: 'I remember ...") or runs on into the
    quoted words (" Her husband said she had been 'very lucky'"). Speech may report
    speech the same way ("The officer said: 'Step out.'"); `quote_marks` tells that
    apart by the marks that close later."""
    stop = last_stop(text, max(start, at - _LEAD_IN_CHARS), at + 1)
    if not stop:
        return 0
    lead = text[stop:at].strip()
    words = [w.strip(",.;:()").lower() for w in lead.split()]
    if (
        not (lead.endswith((":", ",")) or lead[-1:].isalnum())
        or not 2 <= len(words) <= _MAX_LEAD_IN_WORDS
        or not lead[0].isupper()
        or any(mark in _APOSTROPHE.sub("", lead) for mark in ALL_MARKS)
        or _FIRST_PERSON.intersection(words)
    ):
        return 0
    return stop if lexicon().reporting_verbs.intersection(words) else 0


#: A flattened paragraph's end right before an opening mark: the word before " . ".
_BREAK_BEFORE_MARK = re.compile(r"(\w+) \. $")
#: Fewest words of a stopless line that is a caption, not words the speaker left unstopped.
_MIN_CAPTION_WORDS = 3
#: How far back from the mark a caption's start is looked for: a caption of 100 words.
_CAPTION_CHARS = 700


#: A page's link line joined into the speech with spaces only, right before the mark that
#: goes on with it: after the speech's stop, a label in capitals and a colon ("READ MORE:",
#: "RELATED:", "SEE ALSO:"), then a headline with no stop of its own.
_LABEL_BEFORE_MARK = re.compile(r"[.!?\u2026] [A-Z]{2,}(?: [A-Z]{2,}){0,2}: [^.!?\u2026\n]+ $")
#: How far back from the mark a link line's start is looked for: a long headline.
_LABEL_LINE_CHARS = 300


def caption_before(text: str, start: int, at: int) -> int:
    """Where the speech open from ``start`` last stopped, when a caption of the writer's
    comes between it and the opening mark at ``at`` that goes on with it, or 0: the
    mark follows " . " (a flattened paragraph's end) and a line of at least
    _MIN_CAPTION_WORDS words with no stop of its own stands after the speech's last stop,
    ending on a word a line may end on (a particle may: "as his manager looks on");
    or a link line joined with spaces only ("...open. READ MORE: Burglaries rise 'Every")
    stands between the speech's stop and the mark."""
    label = _LABEL_BEFORE_MARK.search(text, max(start, at - _LABEL_LINE_CHARS), at)
    if label is not None:
        return label.start() + 1
    found = _BREAK_BEFORE_MARK.search(text, max(start, at - 40), at)
    if found is None:
        return 0
    last = found.group(1).lower()
    if last in _NO_LAST_WORDS and last not in MAY_END_A_LINE:
        return 0  # "named . 'Griffin'": a line broken mid-sentence; "late on ." ends one
    stop = last_stop(text, max(start, at - _CAPTION_CHARS), found.start(1) + 1)
    if not stop or len(text[stop : found.start()].split()) + 1 < _MIN_CAPTION_WORDS:
        return 0
    return stop
