"""Counts over a paragraph's marks that `quote_marks` pairs them by: what comes after each.

For each mark: the role of the next mark of each family (`next_roles`), and how many more
quotes of each family the rest of the paragraph closes than opens (`closes_ahead`), which
says whether a mark opened inside a quote of its own family nests in it (`nests`); and
whether the speech goes on after the paragraph's last closing single mark
(`speech_after_last_close`).
"""

from __future__ import annotations

import re

from generator.extract.quote_mark_roles import CLOSE, OPEN, SINGLE
from generator.extract.quote_paragraph_marks import Mark

__all__ = ["closes_ahead", "nests", "next_roles", "speech_after_last_close"]


def next_roles(marks: list[Mark]) -> list[dict[str, str]]:
    """For each mark, the role of the next mark of each family after it in the paragraph."""
    out: list[dict[str, str]] = []
    ahead: dict[str, str] = {}
    for mark in reversed(marks):
        out.append(dict(ahead))
        ahead[mark.family] = mark.role
    return out[::-1]


def nests(ahead: dict[str, int], family: str, outer_closes: int) -> bool:
    """Whether an opening mark inside a quote of its own family opens a quote within it
    ("‘... I said, ‘Can you come?’ and he did.’"): the rest of the paragraph closes two
    more quotes of that family than it opens (``ahead``, as `closes_ahead`), or one when
    the outer quote does not close in the paragraph (``outer_closes`` 0)."""
    return ahead.get(family, 0) >= 1 + outer_closes


def closes_ahead(marks: list[Mark]) -> list[dict[str, int]]:
    """For each mark, how many more quotes of each family the marks after it in the
    paragraph close than open (a mark whose role is still to settle counts neither way)."""
    out: list[dict[str, int]] = []
    ahead: dict[str, int] = {}
    for mark in reversed(marks):
        out.append(dict(ahead))
        ahead[mark.family] = ahead.get(mark.family, 0) + (mark.role == CLOSE) - (mark.role == OPEN)
    return out[::-1]


def speech_after_last_close(text: str, marks: list[Mark], hi: int) -> bool:
    """Whether the paragraph's last single mark closes a sentence and a new sentence runs
    on to the paragraph's end: "‘One fan said, ‘I saw you in 1976.’ That is loyalty.¶‘..."
    (a quote inside the speech, which goes on), not "‘...,’ he said.¶"."""
    singles = [m for m in marks if m.family == SINGLE]
    if not singles or singles[-1].role != CLOSE:
        return False
    at = singles[-1].at
    return text[at - 1] in ".!?\u2026" and _NEW_SENTENCE.match(text, at + 1, hi) is not None


#: A new sentence after a closing mark: a space, then a capital letter.
_NEW_SENTENCE = re.compile(r" [A-Z]")
