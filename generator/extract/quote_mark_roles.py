"""What one quote mark does, read from its neighbours: it opens, closes, or is an apostrophe.

`quote_marks` reads each mark of a paragraph with `classify` before it pairs them. Three
families of marks pair apart: double (" “ ” „), single (' ‘ ’) and guillemets (« »; the
single ones ‹ › pair apart from them, as a quote nested in a guillemet quote). A
curly double or a guillemet says its role by its shape or its spacing; a single mark may
be an apostrophe (it’s, ’70s, ’em, rock ’n’ roll: `quote_mark_edges`), and a right single
mark after an "s" may be a plural possessive (MAYBE_CLOSE, settled by the marks after it).
A mark standing between spaces after a stop, a colon or a dash ("she said – ‘ Please",
"relegated, ‘ she said") is spaced by a slip of the keyboard: it closes the single quote
open there, else opens one (SPACED, settled when the marks are paired); so does a mark
glued between a stop and a word, where a space was lost ("the way,'said", "Orrin.'If
you"), and a straight double glued so ('the gate."[The firm] has') or between spaces
(was " a tax"). A mark of any shape before a paragraph's first word opens: nothing is
open there for it to close ("”Fear. I am afraid,” she said" is a slip of the keyboard).
"""

from __future__ import annotations

import re

from generator.extract.quote_mark_edges import cut_off, decade, n_elision

__all__ = [
    "ALL_MARKS",
    "CLOSE",
    "DOUBLE",
    "FAMILY",
    "GUILLEMET",
    "GUILLEMETS",
    "MAYBE_CLOSE",
    "OPEN",
    "OPEN_CONTEXT",
    "SINGLE",
    "SINGLES",
    "SPACED",
    "classify",
    "is_space",
    "straight_double_role",
]

DOUBLE, SINGLE, GUILLEMET = "double", "single", "guillemet"
#: Single guillemets (‹ ›): French and Swiss copy nests them in « », or quotes with them.
SINGLE_GUILLEMET = "single-guillemet"
#: The guillemet families: they open and close by their spacing, and their marks are
#: never apostrophes.
GUILLEMETS = (GUILLEMET, SINGLE_GUILLEMET)
FAMILY = {
    '"': DOUBLE,
    "\u201c": DOUBLE,
    "\u201d": DOUBLE,
    "\u201e": DOUBLE,
    "'": SINGLE,
    "\u2018": SINGLE,
    "\u2019": SINGLE,
    "\u00ab": GUILLEMET,
    "\u00bb": GUILLEMET,
    "\u2039": SINGLE_GUILLEMET,
    "\u203a": SINGLE_GUILLEMET,
}
ALL_MARKS = "".join(FAMILY)
#: The mark that closes a quote each English opening mark opens.
CLOSING_MARK = {"\u2018": "\u2019", "\u201c": "\u201d", "'": "'", '"': '"'}
SINGLES = "'\u2018\u2019"
#: Characters after which a mark still opens: "(‘", "—‘", ": ‘".
OPEN_CONTEXT = "([{-\u2013\u2014:/"

OPEN, CLOSE, MAYBE_CLOSE, SPACED = "open", "close", "maybe-close", "spaced"
#: Closing double marks after which a right single mark closes the outer quote.
_NESTED_CLOSE = ("\u201d", '"')
#: What stands before the space of a spaced single mark: words' stop, a colon, a dash.
_BEFORE_SPACED = ",.!?\u2026:;-\u2013\u2014"


#: After the mark that starts a paragraph, the paragraph's first word (an ellipsis first
#: when the quote starts mid-sentence): "”Fear is what I feel.”", "” … what I learned".
_OPENS_PARAGRAPH = re.compile(r" ?(?:[A-Z]|\u2026|\.\.\.)")


def is_space(char: str) -> bool:
    """Whether a character is a space, or none (a paragraph's edge)."""
    return char == "" or char.isspace()


def classify(text: str, at: int, lo: int, hi: int) -> str | None:
    """OPEN, CLOSE, MAYBE_CLOSE, SPACED, or None (an apostrophe) for the mark at ``at``."""
    char = text[at]
    before = text[at - 1] if at > lo else ""
    after = text[at + 1] if at + 1 < hi else ""
    left_open = is_space(before) or before in OPEN_CONTEXT or before in ALL_MARKS
    right_open = is_space(after) or (not after.isalnum() and after not in ALL_MARKS)
    if char in "\u201c\u201e":
        return OPEN
    if at == lo and _OPENS_PARAGRAPH.match(text, at + 1, hi) is not None:
        return OPEN  # a mark of either shape before a paragraph's first word opens it
    if char == "\u201d":
        return CLOSE
    if char == '"':
        return straight_double_role(before, after)
    if char in "\u00ab\u00bb\u2039\u203a":
        # «a» and »a« both occur (‹a› and ›a‹ too); spaced French « a » reads left to right.
        if left_open and not is_space(after):
            return OPEN
        if right_open and not is_space(before):
            return CLOSE
        return OPEN if char in "\u00ab\u2039" else CLOSE
    return _classify_single(text, at, lo, hi, before, after, left_open)


def straight_double_role(before: str, after: str) -> str:
    """A straight double mark's role (or a typewriter pair's: ''). Glued to the words
    before it, a stop or a comma after it ends them ("anybody'".", after a nested quote's
    mark; but ' "... we' and '—"... we' open words that go on). Glued between a
    sentence's stop and a word, where a paragraph break was lost ('the gate."[The firm]
    has'), or standing between two spaces (was " a tax"), it says nothing of its side:
    SPACED, it closes the double quote open there, else opens one."""
    opening_side = is_space(before) or before in OPEN_CONTEXT
    if after != "" and after in _AFTER_WORDS and not opening_side:
        return CLOSE
    glued = before != "" and before in _SENTENCE_STOPS and (after.isalnum() or after == "[")
    if glued or (before == " " and after == " "):
        return SPACED
    left_open = opening_side or before in ALL_MARKS
    return OPEN if left_open and not is_space(after) else CLOSE


#: What follows a mark that ends words, never one that opens them: a stop, a comma.
_AFTER_WORDS = ".,;:!?)"
#: A sentence's stop, before a mark glued to the next sentence's word.
_SENTENCE_STOPS = ".!?"


def _classify_single(
    text: str, at: int, lo: int, hi: int, before: str, after: str, left_open: bool
) -> str | None:
    if before.isalnum() and after.isalnum():
        return None  # it’s, O’Neill, don't
    if before in _GLUED_STOPS and after.isalpha() and not _possessive(text, at, hi):
        # A space lost between a stop and a word: "all the way,'said Mr Vell" and "the
        # valley.'The report" close the quote open there, "Mr Orrin.'If you" opens one.
        return SPACED
    if after.isdigit() and decade(text, at + 1, hi):
        return None  # ’70s, '99; but ‘100 per cent’ opens
    if n_elision(text, at, lo, hi):
        return None
    char = text[at]
    if left_open:
        if is_space(after) and _spaced(text, at, lo, hi):
            return SPACED
        # Right after a nested quote's closing mark, spaced or not, a right mark before
        # a space or a stop closes the outer quote: "he said “Go home,” ’ she recalled",
        # "they shout “Go home!”’ she said".
        after_nested = before in _NESTED_CLOSE or (
            before == " " and at - 2 >= lo and text[at - 2] in _NESTED_CLOSE
        )
        if after_nested and char != "\u2018" and not after.isalnum():
            return CLOSE
        if cut_off(text, at, lo) and char != "\u2018" and not after.isalnum():
            return CLOSE  # speech broken off: "I went –' the senator said"
        if is_space(after):
            return None  # a lone mark between spaces is an apostrophe
        if char == "\u2019" and after.isalpha():
            return None  # ’em, ’cause: a right mark cannot open
        return OPEN
    if is_space(after) or not after.isalnum():
        # "the players’ union" and "Jesus’ words" against "fans,’ she said".
        if before in "sSzZ" and is_space(after) and at + 2 < hi and text[at + 2].isalnum():
            return MAYBE_CLOSE
        return CLOSE
    return None


#: Stops a single mark may be glued to when a space was lost after or before it.
_GLUED_STOPS = ",.!?"


def _possessive(text: str, at: int, hi: int) -> bool:
    """Whether the mark and an "s" make a possessive ending: "Inc.'s", "Jr.’s"."""
    return text[at + 1 : at + 2] in ("s", "S") and not text[at + 2 : at + 3].isalpha()


def _spaced(text: str, at: int, lo: int, hi: int) -> bool:
    """Whether a single mark between spaces follows words' stop, a colon or a dash and
    comes before a word: "flashing. ‘ And if", "relegated, ‘ she said", "staff - ' Please"."""
    return (
        at - 2 >= lo
        and text[at - 1] == " "
        and text[at - 2] in _BEFORE_SPACED
        and at + 2 < hi
        and text[at + 1] == " "
        and text[at + 2].isalpha()
    )
