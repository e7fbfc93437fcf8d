"""Marks whose shape says the wrong role: curly doubles turned round, spaced guillemets, inch marks.

`quote_mark_roles` reads a curly double by its shape: “ opens and ” closes. Copy that
quotes in the German way („so“), or whose keyboard turned a mark round, writes a “
that closes ("gone away“ and", "ruling,“ said") and a ” that opens ("said: ”We",
"now. ”Nobody"). The neighbours settle it as they do a straight mark: a “ after the
words (a stop, or a word with no capital after the mark) and before a space or a stop
closes; a ” after a space, a colon or a dash and before a word opens. A guillemet with
spaces round the words (French « so », « so ») closes when a comma or a stop follows it.

A straight double mark after a number may be an inch mark, not a quote's end: "he is
6'2" and", "a 12" pizza". After feet and inches (6'2") it always is one; after a bare
number, when the paragraph holds one straight double mark too many for its quotes to
pair and a word or a hyphen goes on after it. `quote_marks` reads each paragraph's marks
with `shaped_marks` before it pairs them.
"""

from __future__ import annotations

import re

from generator.extract.quote_mark_roles import CLOSE, GUILLEMETS, OPEN, OPEN_CONTEXT
from generator.extract.quote_paragraph_marks import Mark

__all__ = ["shaped_marks"]

#: What closes a quote's words before a turned-round “: their stop or comma.
_WORDS_STOP = ".,!?;\u2026"
#: What may follow a closing mark: its sentence's stop or comma, or a bracket.
_AFTER_CLOSE = ",.;:!?)\u2026"
#: The spaces between a guillemet and its words: a space, or French copy's no-break ones.
_INNER_SPACES = " \u00a0\u202f"
#: Feet and inches before a straight double mark: 6'2", 5’11".
_FEET_INCHES = re.compile(r"\d['\u2019]\d{1,2}$")
#: After an inch mark the words go on: a small word or a hyphen ("12\" pizza", "55\"-screen").
_INCH_AFTER = re.compile(r" [a-z]|-[a-z]")


def shaped_marks(text: str, marks: list[Mark], lo: int, hi: int) -> list[Mark]:
    """The paragraph's marks with turned-round curly doubles and spaced guillemets given
    the role their neighbours say, and inch marks left out."""
    straight = sum(1 for m in marks if text[m.at] == '"')
    kept: list[Mark] = []
    for mark in marks:
        char = text[mark.at]
        if char == '"' and _inch_mark(text, mark.at, hi, straight):
            straight -= 1
            continue
        if char == "\u201c" and mark.at > lo and _closes(text, mark.at, hi):
            mark.role = CLOSE
        elif char == "\u201d" and mark.at > lo and _opens(text, mark.at, hi):
            mark.role = OPEN
        elif mark.family in GUILLEMETS and _spaced_close(text, mark.at, lo, hi):
            mark.role = CLOSE
        kept.append(mark)
    return kept


def _closes(text: str, at: int, hi: int) -> bool:
    """Whether a “ ends the words before it: "ruling,“ said", "away“ and", "unfair.“"."""
    before = text[at - 1]
    after = text[at + 1] if at + 1 < hi else ""
    if not (after == "" or after.isspace() or after in _AFTER_CLOSE):
        return False
    if before in _WORDS_STOP:
        return True
    word_next = text[at + 2 : at + 3] if after == " " else ""
    return before.isalnum() and not word_next.isupper()


def _opens(text: str, at: int, hi: int) -> bool:
    """Whether a ” starts the words after it: "said: ”We", "now. ”Nobody"."""
    before = text[at - 1]
    after = text[at + 1] if at + 1 < hi else ""
    return (before.isspace() or before in OPEN_CONTEXT) and after.isalnum()


def _spaced_close(text: str, at: int, lo: int, hi: int) -> bool:
    """Whether a guillemet after a space closes the words before it: "attendre », dit";
    French copy sets a no-break space there (U+00A0, U+202F)."""
    return (
        at - 2 >= lo
        and text[at - 1] in _INNER_SPACES
        and not text[at - 2].isspace()
        and at + 1 < hi
        and text[at + 1] in _AFTER_CLOSE
    )


def _inch_mark(text: str, at: int, hi: int, straight: int) -> bool:
    """Whether a straight double mark after a number measures inches (6'2"; a 12" pizza
    in a paragraph with one straight mark too many)."""
    if at == 0 or not text[at - 1].isdigit():
        return False
    if _FEET_INCHES.search(text, max(0, at - 5), at) is not None:
        return True
    return straight % 2 == 1 and _INCH_AFTER.match(text, at + 1, hi) is not None
