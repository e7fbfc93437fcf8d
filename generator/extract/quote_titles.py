"""Quoted words that name a work, not words someone said: "Never Ask The Moon".

A short stretch in capitals (a film, a song, a show) or in headline case that leaves its
small words in lower case ("Keeper of the Reeds") is a title; `quote_marks` leaves such
quotes out unless a verb of voicing comes before them, and reads past one that an
attribution names between two parts of a quote. Words that end a sentence inside the
stretch ("‘Tired. Hungry. Scared.’") are a speaker's short sentences, whatever
their case.
"""

from __future__ import annotations

import re

__all__ = ["MAX_HEADLINE_NAME_WORDS", "is_title"]


def is_title(text: str) -> bool:
    """ "Never Ask The Moon": a name of a work, not words someone said; short, a name may
    keep its small words in lower case as headlines do ("Keeper of the Reeds")."""
    if _INNER_SENTENCE_END.search(text):
        return False
    words = text.split()
    if len(words) > 8 or not text[-1:].isalnum() or all(w[:1].isupper() for w in words):
        return len(words) <= 8 and text[-1:].isalnum()
    return (
        len(words) <= MAX_HEADLINE_NAME_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _SMALL_WORDS for w in words)
    )


#: Most words of a headline-case name ("The Owl and the Harbour Light"), and the small
#: words it leaves in lower case.
MAX_HEADLINE_NAME_WORDS = 6
_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by"})
#: A word of five letters or more closed by a full stop, with more words after it: the
#: end of a sentence, not of an abbreviation ("Prof.", "Capt.", "Corp." are shorter).
_INNER_SENTENCE_END = re.compile(r"[A-Za-z]{5,}\.\s+\S")
