"""Sentences that a scrape ran together: "the plan failed.Ministers said" -> "failed. Ministers",
and a heading run into the sentence after it: "over TarnsideHow survivors" -> "Tarnside / How".

Pages whose paragraphs lost their breaks join one sentence's end to the next one's
start with no space. The parser then reads "failed.Ministers" as one token and the
NER finds names such as "Ukraine?The". Only the text the parser reads is mended; the
record's body keeps the seed's text as it came.

A join is mended only where it cannot be anything else: a lower-case letter, a digit,
a closing bracket, a word's closing quote mark ('a "fair deal".Ministers') or an
acronym of two capitals or more ("in the US.Officials"), then
". ? !" (and any quote marks), then a capital and a lower-case letter, or the word "A"
or "I" ("in 2000.A search began"). Web addresses
("example.com", "bbc.co.uk/news"), initials ("U.S.A"), acronyms followed by capitals
("ASP.NET") and decimals never match. A quote mark between the two sentences closes
the first one unless it opens the second: a curly opening mark, or a straight double
mark read in turn with the paragraph's other straight doubles (`_glued_opening`); a
typewriter pair ('') stands for a straight double and is read the same way.
"""

from __future__ import annotations

import re

from generator.extract.paragraphs import paragraph_end, paragraph_start

_JOIN = re.compile(
    r"(?:(?<=[a-z0-9)\]])|(?<=[a-z][\"’”])|(?<=[A-Z]{2}))([.?!]+)([\"'’”“]*)(?=[A-Z][a-z]|[AI]\s)"
)
_OPENING = "“"
_STRAIGHT_DOUBLE = '"'
#: Two straight singles that a typewriter-style page writes for a double mark ('' ... '').
_TYPEWRITER_PAIR = "''"
#: What ends a sentence before a glued mark, and what a quote mark opens after.
_SENTENCE_ENDS = ".?!"
_OPENS_AFTER = "([{-\u2013\u2014:/"
#: A speaker's words about themselves, which a writer's narrative does not use.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|[Ww]e|[Mm]y|[Oo]ur|us|me)\b")


#: A heading or link's words run into the sentence after them, which opens with a word that
#: opens sentences, not names: "solidarity over TarnsideHow survivors", "Read the linkThe
#: mayor said". Three lower-case letters must come before, so brands written in one word
#: ("LinkedIn", "DeAndre") never match; "In" and "I" are left out for that reason.
_HEADING = re.compile(
    r"(?<=[a-z]{3})(?=(?:The|What|How|Why|When|Where|Who|This|These|It|But|And|He|She|They"
    r"|We|There|Mr|Mrs|Ms)\b|A [a-z])"
)


def mend_joins(text: str) -> str:
    """``text`` with a space after each sentence end that runs into the next sentence, and a
    line break between a heading and the sentence it runs into."""
    return _HEADING.sub("\n", _JOIN.sub(lambda join: _spaced(join, text), text))


def _spaced(join: re.Match[str], text: str) -> str:
    """The sentence end and its marks, with the space before a mark that opens a quote."""
    end, marks = join.group(1), join.group(2)
    if marks.endswith(_TYPEWRITER_PAIR) and _pair_opens(text, join.start(2) + len(marks) - 2):
        return f"{end}{marks[:-2]} {_TYPEWRITER_PAIR}"
    if marks and _opens_quote(marks[-1], text, join.start(2) + len(marks) - 1):
        return f"{end}{marks[:-1]} {marks[-1]}"
    return f"{end}{marks} "


def _pair_opens(text: str, position: int) -> bool:
    """Whether the typewriter pair '' at ``position`` opens a quote: a pair stands for a
    straight double, so it is read in turn with its paragraph's other pairs and doubles."""
    start = paragraph_start(text, position)
    paragraph = text[start : paragraph_end(text, position)]
    before = paragraph[: position - start].replace(_TYPEWRITER_PAIR, _STRAIGHT_DOUBLE)
    after = paragraph[position - start + 2 :].replace(_TYPEWRITER_PAIR, _STRAIGHT_DOUBLE)
    doubled = f"{before}{_STRAIGHT_DOUBLE}{after}"
    return _glued_opening(doubled, 0, len(doubled), len(before))


def _opens_quote(mark: str, text: str, position: int) -> bool:
    """Whether the mark at ``position`` opens a quote rather than closes one."""
    if mark == _OPENING:
        return True
    if mark != _STRAIGHT_DOUBLE:
        return False
    start, end = paragraph_start(text, position), paragraph_end(text, position)
    return _glued_opening(text, start, end, position)


def _speaks_first(words: str) -> bool:
    """Whether the first sentence of ``words`` says "I", "we", "my", "our" or "us"."""
    sentence = re.split(r"(?<=[.?!])\s", words, maxsplit=1)[0]
    return _FIRST_PERSON.search(sentence) is not None


def _side(text: str, at: int) -> str:
    """How the straight double at ``at`` sits: "glued" between a sentence end and a capital,
    "open" after a space or an opening sign, "close" before a space or a stop, else "?"."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before in _SENTENCE_ENDS and after.isupper():
        return "glued"
    if before.isspace() or before in _OPENS_AFTER:
        return "open"
    if after.isspace() or not after.isalnum():
        return "close"
    return "?"


def _glued_opening(text: str, start: int, end: int, position: int) -> bool:
    """Whether the straight double at ``position``, glued between two sentences, opens a quote.

    A page that lost its paragraph breaks runs a speech over paragraphs as one line: each
    paragraph of it opens with a mark and only the last closes ('...rose."We never ...
    repairs."Our staff ...'), so the marks do not pair by count. They are read in turn: a
    glued mark opens when no quote is open; inside one, it closes when the next mark opens
    a quote or no mark follows (the words after it are the writer's), and opens the next
    paragraph of the same speech when the next mark closes after a word. Between two glued
    marks, words in the first person ("we", "our") are the speaker's, as a writer's narrative
    is not; others say neither: an even count of marks before it opens, as marks pair."""
    marks = [at for at in range(start, end) if text[at] == _STRAIGHT_DOUBLE]
    inside = False
    for index, at in enumerate(marks):
        side = _side(text, at)
        if side == "glued":
            following = _side(text, marks[index + 1]) if index + 1 < len(marks) else None
            if not inside:
                opens = True
            elif following is None or following == "open":
                opens = False
            elif following == "close":
                opens = True
            else:
                opens = _speaks_first(text[at + 1 : marks[index + 1]]) or index % 2 == 0
            if at == position:
                return opens
            inside = opens
        elif side == "?":
            inside = not inside
        else:
            inside = side == "open"
    return len([at for at in marks if at < position]) % 2 == 0
