"""The quote marks of one paragraph, each classed (`quote_mark_roles`) and settled.

A right single mark after an "s" and before a word may be a plural possessive (the
players’ union): it closes only when the next single mark in the paragraph opens again,
or none follows and the speech does not run on into the next paragraph. Before a stop
("the neighbours’, not his.’") it is a possessive when the next single mark closes the
quote again. In a text that quotes with doubles, straight single marks are apostrophes
but for one that may close a double quote ("“We will win,' she said"). `quote_marks`
pairs the marks this module reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.quote_mark_roles import (
    ALL_MARKS,
    CLOSE,
    DOUBLE,
    FAMILY,
    MAYBE_CLOSE,
    OPEN,
    SINGLE,
    SINGLES,
    SPACED,
    classify,
    is_space,
    straight_double_role,
)

__all__ = ["Mark", "ends_words", "paragraph_marks"]

_MARK = re.compile(f"[{ALL_MARKS}]")


@dataclass
class Mark:
    """One quote mark of a paragraph: where, its family, and what it does."""

    at: int
    family: str
    role: str
    width: int = 1  # characters of the mark: 2 for a pair of single marks


def paragraph_marks(
    text: str, lo: int, hi: int, straight_singles: bool, runs_on: bool
) -> list[Mark]:
    """The quote marks of one paragraph, classed; MAYBE_CLOSE settled by what follows.

    ``runs_on``: the next paragraph opens with a single mark, so a quote that opens this
    one may run on unclosed, as British style runs a speech over paragraphs."""
    marks: list[Mark] = []
    straight: list[Mark] = []  # closing straight singles in a text that quotes with doubles
    paired_at = -1
    for found in _MARK.finditer(text, lo, hi):
        at = found.start()
        if at == paired_at:
            continue  # the second mark of a pair read as one double mark
        char = text[at]
        if char in SINGLES and at + 1 < hi and text[at + 1] in SINGLES:
            # ''Typewriter doubles'' and ‘’ pairs are one double quote mark.
            paired_at = at + 1
            before = text[at - 1] if at > lo else ""
            after = text[at + 2] if at + 2 < hi else ""
            marks.append(Mark(at, DOUBLE, straight_double_role(before, after), width=2))
            continue
        if char == "'" and not straight_singles:
            if ends_words(text, at, lo) and is_space(text[at + 1] if at + 1 < hi else ""):
                # "“We will win,' she said": may close a double opened with the other mark.
                straight.append(Mark(at, SINGLE, CLOSE))
            continue
        role = classify(text, at, lo, hi)
        if role is not None:
            marks.append(Mark(at, FAMILY[char], role))
    # A possible possessive closes when the next single mark opens, or none follows.
    next_single: str | None = None
    singles = [m for m in marks if m.family == SINGLE]
    # "‘The tenants’ rents rose.¶‘..." and "She said: ‘The tenants’ rents rose.¶‘...": the
    # only mark after the one that opens the paragraph's speech is a possessive, and the
    # words run on into the next paragraph.
    running = runs_on and _last_speech_runs_on(text, lo, singles)
    for mark in reversed(marks):
        if mark.family != SINGLE:
            continue
        if mark.role == MAYBE_CLOSE:
            settles = next_single == OPEN or (next_single is None and not running)
            mark.role = CLOSE if settles else "skip"
        if mark.role in (OPEN, CLOSE):
            next_single = mark.role
    kept = _without_inner_possessives(text, lo, hi, [m for m in marks if m.role in _ROLES])
    return sorted(kept + straight, key=lambda m: m.at) if straight else kept


#: The roles a mark keeps after `_marks` (SPACED is settled when the marks pair).
_ROLES = (OPEN, CLOSE, SPACED)


def _last_speech_runs_on(text: str, lo: int, singles: list[Mark]) -> bool:
    """Whether the paragraph's last single mark is a possessive inside a speech that runs
    on: it follows the mark that opens a sentence of speech, at the paragraph's start,
    after a colon or after a sentence's stop ("‘The tenants’ rents rose.¶‘...", "He
    said: ‘We saw the tenants’ rents rise.¶‘...", "‘Yes,’ he said. ‘We had the Smiths’
    album on.¶‘...")."""
    if len(singles) < 2 or singles[-1].role != MAYBE_CLOSE or singles[-2].role != OPEN:
        return False
    return text[lo : singles[-2].at].rstrip()[-1:] in ("", ":", ".", "!", "?")


def _without_inner_possessives(text: str, lo: int, hi: int, marks: list[Mark]) -> list[Mark]:
    """The marks without a plural possessive before a stop inside a single-quoted quote:
    "‘The choice was the neighbours’, not his.’" The mark after the "s" is no close when
    the next single mark closes again after words' stop, with none opening between."""
    singles = [m for m in marks if m.family == SINGLE]
    inner = {
        mark.at
        for opening, mark, closing in zip(singles, singles[1:], singles[2:], strict=False)
        if opening.role == OPEN
        and mark.role == CLOSE
        and closing.role == CLOSE
        and text[mark.at - 1] in "sSzZ"
        and text[mark.at + 1 : mark.at + 2] in (",", ";", ".")
        and mark.at + 2 < hi
        and ends_words(text, closing.at, lo)
    }
    return [m for m in marks if m.at not in inner] if inner else marks


#: What ends quoted words right before a closing mark: "win,’", "now.”", "why?'".
_WORDS_END = ",.!?\u2026"


def ends_words(text: str, at: int, lo: int) -> bool:
    """Whether the mark at ``at`` stands right after words' stop: "win,’", "why?'"."""
    return at > lo and text[at - 1] in _WORDS_END
