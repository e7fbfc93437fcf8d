"""Which family of marks a text quotes speech with: double or single.

News in one convention still writes marks of the other: doubles for nicknames, titles
and words quoted inside a speech in British copy ('The film "Dark Water" changed my
life'), singles for a quote inside a quote in American copy. Straight single marks are
also apostrophes, so `quote_marks` reads them as quote marks only in a text that quotes
with singles. A count of opening marks decides most texts; but a family whose marks
never open a sentence of speech (a capital letter after the mark, at a line's start or
after a colon, a comma or a stop) does not quote the speech of a text whose other family
does: a crime story that calls its burglars "The Duke" and "the Tractor Boys" three
times and quotes its two witnesses in straight singles quotes in singles.
"""

from __future__ import annotations

import re

from generator.extract.quote_mark_roles import DOUBLE, SINGLE

__all__ = ["convention"]

#: Where a sentence of speech opens: a line's start, or a colon, comma or stop and a space.
_SPEECH_START = r"(?:^|(?<=[:,.!?] ))"
#: A single mark (not one of a typewriter pair '') before a capital, where speech opens.
_SINGLE_SPEECH = re.compile(_SPEECH_START + r"(?:\u2018|(?<!')'(?!'))[A-Z]", re.MULTILINE)
#: A double mark (a typewriter pair '' too) before a capital, where speech opens.
_DOUBLE_SPEECH = re.compile(_SPEECH_START + r"(?:[\"\u201c\u201e]|'')[A-Z]", re.MULTILINE)


def convention(text: str) -> str:
    """DOUBLE or SINGLE: which family the text quotes speech with. When only one family
    opens sentences of speech, that one; else the one it opens more quotes with."""
    singles_speak = _SINGLE_SPEECH.search(text) is not None
    doubles_speak = _DOUBLE_SPEECH.search(text) is not None
    if singles_speak != doubles_speak:
        return SINGLE if singles_speak else DOUBLE
    doubles = text.count("\u201c") + text.count('"') // 2 + text.count("''") // 2
    singles = text.count("\u2018") + len(re.findall(r"(?:^|\s)'[A-Za-z]", text))
    return SINGLE if singles > doubles else DOUBLE
