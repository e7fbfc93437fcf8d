"""Photo captions that a scrape glued into the story: "The car was barely recognisable
(pictured) Police said ...".

A caption is a line of its own under a picture. When a page's lines are joined, the
caption runs between two sentences of the story; it ends in the picture's pointer
("(pictured)", "(left)", "(right)", ...) with no stop, and the story's next sentence
follows. The parser reads caption and sentence as one, so the caption's subject can
become the "He" of "He added: '...'". Such a caption, from the end of the sentence before
it to its pointer, is left out of the text the parser reads; the record's body keeps it.
A caption that names its pointer inside ("Piers Hollin, pictured with Tom Garrow, warned against
'waste'") may end in a quote with no stop before the story's next sentence ("... 'waste'
Tom Garrow met ..."): its stop is put back after the quote's closing mark, so the
captioned person is not the subject of the next sentence, which quotes someone else.
"""

from __future__ import annotations

import re

#: A picture's pointer with no stop after it, before a capitalised word.
_POINTER_END = re.compile(
    r"\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|file)\b[^()\n]{0,30}\)"
    r" (?=[A-Z])"
)
#: Where a sentence (or a flattened line, " . ") ends before a caption; a line break ends
#: one with or without spaces after it (a caption that opens its own paragraph).
_SENTENCE_END = re.compile(r"(?:(?:[.!?][\"'’”]?| \.) +|\n+ *)(?=[A-Z\"'‘“])")
#: Longest caption, in characters: a longer stretch is no caption.
MAX_CAPTION = 300
#: A caption that names its pointer after a name (", pictured with ...,") and ends in a
#: quote's closing mark with no stop, before a capitalised word.
_QUOTE_END = re.compile(r", pictured\b[^.!?\n]{0,150}? [‘'“\"][^‘’“”\n]{1,300}?\w[’'”\"](?= [A-Z])")


def without_glued_captions(text: str) -> str:
    """``text`` without the captions glued between its sentences and with a stop after a
    caption's closing quote mark (see the module's doc)."""
    return _QUOTE_END.sub(lambda found: found[0] + ".", _without_pointer_captions(text))


def _without_pointer_captions(text: str) -> str:
    """``text`` without the captions that end in their pointer."""
    out: list[str] = []
    done = 0
    for pointer in _POINTER_END.finditer(text):
        window_start = max(done, pointer.start() - MAX_CAPTION)
        ends = list(_SENTENCE_END.finditer(text, window_start, pointer.start()))
        if not ends:
            continue
        start = ends[-1].end()
        out.append(text[done:start])
        done = pointer.end()
    out.append(text[done:])
    return "".join(out)
