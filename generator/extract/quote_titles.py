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
        and _headline_word(words[-1])
        and all(_headline_word(w) or w in _SMALL_WORDS for w in words)
    )


def _headline_word(word: str) -> bool:
    """A word a headline-case name capitalises, or a number it holds ("Report 2014")."""
    return word[:1].isupper() or word[:1].isdigit()


#: Most words of a headline-case name ("Songs of a Lamplighter and the Moon"):
#: speech that long has a verb or a pronoun in small letters. The small words such a
#: name leaves in lower case: articles, conjunctions and short prepositions.
MAX_HEADLINE_NAME_WORDS = 8
_SMALL_WORDS = frozenset(
    {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "from", "or"}
)
#: A word of five letters or more closed by a full stop, with more words after it: the
#: end of a sentence, not of an abbreviation ("Prof.", "Capt.", "Corp." are shorter).
_INNER_SENTENCE_END = re.compile(r"[A-Za-z]{5,}\.\s+\S")
