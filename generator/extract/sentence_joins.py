"""Sentences that a scrape ran together: "the plan failed.Ministers said" -> "failed. Ministers",
and a heading run into the sentence after it: "over TarnsideHow survivors" -> "Tarnside / How".

Pages whose paragraphs lost their breaks join one sentence's end to the next one's
start with no space. The parser then reads "failed.Ministers" as one token and the
NER finds names such as "Ukraine?The". Only the text the parser reads is mended; the
record's body keeps the seed's text as it came.

A join is mended only where it cannot be anything else: a lower-case letter, a digit,
a closing bracket or an acronym of two capitals or more ("in the US.Officials"), then
". ? !" (and any quote marks), then a capital and a lower-case letter, or the word "A"
or "I" ("in 2000.A search began"). Web addresses
("example.com", "bbc.co.uk/news"), initials ("U.S.A"), acronyms followed by capitals
("ASP.NET") and decimals never match. A quote mark between the two sentences closes
the first one unless it opens the second: a curly opening mark, or a straight double
mark that an even number of marks in the paragraph before it leaves unopened.
"""

from __future__ import annotations

import re

_JOIN = re.compile(r"(?:(?<=[a-z0-9)\]])|(?<=[A-Z]{2}))([.?!]+)([\"'’”“]*)(?=[A-Z][a-z]|[AI]\s)")
_OPENING = "“"
_STRAIGHT_DOUBLE = '"'


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
    if marks and _opens_quote(marks[-1], text, join.start(2) + len(marks) - 1):
        return f"{end}{marks[:-1]} {marks[-1]}"
    return f"{end}{marks} "


def _opens_quote(mark: str, text: str, position: int) -> bool:
    """Whether the mark at ``position`` opens a quote rather than closes one."""
    if mark == _OPENING:
        return True
    if mark != _STRAIGHT_DOUBLE:
        return False
    paragraph_start = text.rfind("\n", 0, position) + 1
    return text.count(_STRAIGHT_DOUBLE, paragraph_start, position) % 2 == 0
