"""A word that links a sentence to the one before it ("But", "And", "However,"), dropped from a
line read alone.

A key point is read on its own (a story thread shows one point of each briefing), so "But
police said the road was open." leaves the reader asking "but what?": the contrast it marks
is with a sentence the reader does not see. Without the word the statement is the same.
"But for ..." means "were it not for", and is kept; so is a line that is only the word.
"""

from __future__ import annotations

import re

#: The link word and the space, or comma and space, after it; "But for" is a condition.
_LINK = re.compile(r"^(?:But|And|However|Meanwhile|Instead),? (?!for\b)(?=\w)")


def without_link_word(line: str) -> str:
    """The line without a word that opens it by linking it to the sentence before, its
    next word capitalised; the line itself when it opens on none."""
    link = _LINK.match(line)
    if link is None:
        return line
    rest = line[link.end() :]
    return rest[:1].upper() + rest[1:]
