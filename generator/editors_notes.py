"""Where an editor's note above a story ends, when a page flattened to one line runs the
story on after it: "Editor's note: Jo Ames is a professor of law. The opinions expressed
in this commentary are solely hers. (CNN) -- The court ruled ...".

On a page with paragraphs the note is a paragraph of its own and is dropped whole. In copy
flattened to one line the note's paragraph is the whole story: dropped whole, the story
would be lost. The story starts at the first sentence that opens with a dateline; without
one, after the note's first sentence and the sentences of its kind that follow it (on the
writer's views, or where the piece first appeared).
"""

from __future__ import annotations

import re

from generator.datelines import find_dateline

#: A note this long or shorter is a note only (a long one runs to some 80 words); a longer
#: paragraph is a flattened page whose story runs on after the note.
MAX_NOTE_WORDS = 120
#: Where a sentence ends and the next starts (a capital, an opening mark or bracket).
_SENTENCE_GAP = re.compile("[.!?]['\u2019\"\u201d)]?\\s+(?=[A-Z(\"'\u2018\u201c])")
#: A sentence that is part of a note on the piece, not of the story: the writer's views
#: are their own, or where and when the piece first appeared.
_NOTE_SENTENCE = re.compile(
    r"\b(?:opinions|views) (?:expressed|in this)\b|\bsolely (?:those|the views) of\b"
    r"|\b(?:first|originally) (?:published|appeared)\b|\bis (?:part|one) of (?:a|an|our) series\b",
    re.IGNORECASE,
)


def story_after_note(paragraph: str) -> str | None:
    """The story that runs on after the editor's note opening ``paragraph``; None when the
    paragraph is the note alone."""
    if len(paragraph.split()) <= MAX_NOTE_WORDS:
        return None
    starts = [gap.end() for gap in _SENTENCE_GAP.finditer(paragraph)]
    for start in starts:
        if find_dateline(paragraph[start:]):
            return paragraph[start:]
    if not starts:
        return None
    end = starts[0]
    for start in starts[1:]:
        if not _NOTE_SENTENCE.search(paragraph[end:start]):
            break
        end = start
    if _NOTE_SENTENCE.search(paragraph[end:]) and end == starts[-1]:
        return None  # every sentence is the note's
    return paragraph[end:]
