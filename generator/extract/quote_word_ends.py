"""Marks at a word's end that close no quote: a possessive after a closed quote, a dropped g.

A right single mark after an "s" and before a word may close a quote ("called them
'utter disgraces' in a letter") or be a plural possessive ("the players' union");
`quote_paragraph_marks` lets it close when the next single mark opens again. Right after
a mark that closed a single quote, nothing is left open for it to close but the outer
quote of a nested one, and an outer quote ends with the speech's own stop or comma, not
on a name's "s". So there it is a possessive: in flattened copy, where one paragraph
holds a speech's two paragraphs ("...every day. 'We are proud of him.' Mr Lowes' deputy
said the firm was 'overwhelmed'"), reading it as a close had made the speech's second
paragraph a quote nested in the first and run the speech on into the writer's words.

Speech written as it sounds drops the g of "-ing" and marks it ("we were goin' home",
"some guy had a frickin’ gun"): a mark after "in" and before a word, when the next
single mark of the paragraph closes again, stands in a quote for the lost letter (a
quote that did close there, "'in a lot of pain' on Monday", is followed by a mark that
opens the next quote, or by none). `quote_marks` reads each paragraph's marks with
`word_end_marks` before it pairs them.
"""

from __future__ import annotations

from generator.extract.quote_mark_roles import CLOSE, SINGLE
from generator.extract.quote_paragraph_marks import Mark

__all__ = ["word_end_marks"]

#: Letters a plural possessive's word ends with before the mark: the players', Jones', Sanchez'.
_POSSESSIVE_ENDS = "sSzZ"
#: Fewest letters of a word with a dropped g before its mark, "in" included: "doin'".
_MIN_DROPPED_G_WORD = 4
#: How far back the word before the mark is read: longer than any such word.
_MAX_WORD = 20


def word_end_marks(text: str, marks: list[Mark], hi: int) -> list[Mark]:
    """The paragraph's marks without the closing single marks that are a possessive right
    after another closing single mark or a dropped g before one (`_dropped_g`)."""
    kept: list[Mark] = []
    previous: Mark | None = None
    for mark in marks:
        if mark.family == SINGLE:
            if previous is not None and previous.role == CLOSE and _possessive(text, mark, hi):
                continue
            previous = mark
        kept.append(mark)
    following: Mark | None = None
    dropped: set[int] = set()
    for mark in reversed(kept):
        if mark.family != SINGLE:
            continue
        if following is not None and following.role == CLOSE and _dropped_g(text, mark, hi):
            dropped.add(mark.at)
            continue
        following = mark
    return [m for m in kept if m.at not in dropped] if dropped else kept


def _before_a_word(text: str, mark: Mark, hi: int) -> bool:
    """Whether a closing single mark stands between a letter and a space and a word."""
    at = mark.at
    return mark.role == CLOSE and at + 2 < hi and text[at + 1] == " " and text[at + 2].isalnum()


def _possessive(text: str, mark: Mark, hi: int) -> bool:
    """Whether a closing single mark has a plural possessive's shape: "Lowes' statement"."""
    return text[mark.at - 1] in _POSSESSIVE_ENDS and _before_a_word(text, mark, hi)


def _dropped_g(text: str, mark: Mark, hi: int) -> bool:
    """Whether a closing single mark ends a small word in "in" before a small word:
    "goin' home", "nothin’ we"."""
    at = mark.at
    word = text[max(0, at - _MAX_WORD) : at].rsplit(None, 1)[-1] if at else ""
    return (
        len(word) >= _MIN_DROPPED_G_WORD
        and word.endswith("in")
        and word.isalpha()
        and word.islower()
        and _before_a_word(text, mark, hi)
        and text[at + 2].islower()
    )
