"""A plural possessive right after a closed quote: "...in full.' Mr Lowes' statement".

A right single mark after an "s" and before a word may close a quote ("called them
'utter disgraces' in a letter") or be a plural possessive ("the players' union");
`quote_paragraph_marks` lets it close when the next single mark opens again. Right after
a mark that closed a single quote, nothing is left open for it to close but the outer
quote of a nested one, and an outer quote ends with the speech's own stop or comma, not
on a name's "s". So there it is a possessive: in flattened copy, where one paragraph
holds a speech's two paragraphs ("...every day. 'We are proud of him.' Mr Lowes' deputy
said the firm was 'overwhelmed'"), reading it as a close had made the speech's second
paragraph a quote nested in the first and run the speech on into the writer's words.
`quote_marks` reads each paragraph's marks with this before it pairs them.
"""

from __future__ import annotations

from generator.extract.quote_mark_roles import CLOSE, SINGLE
from generator.extract.quote_paragraph_marks import Mark

__all__ = ["without_possessives_after_closes"]

#: Letters a plural possessive's word ends with before the mark: the players', Jones', Sanchez'.
_POSSESSIVE_ENDS = "sSzZ"


def without_possessives_after_closes(text: str, marks: list[Mark], hi: int) -> list[Mark]:
    """The paragraph's marks without a possessive-shaped closing single mark (after an
    "s", before a space and a word) that comes right after another closing single mark."""
    kept: list[Mark] = []
    previous: Mark | None = None
    for mark in marks:
        if mark.family == SINGLE:
            if previous is not None and previous.role == CLOSE and _possessive(text, mark, hi):
                continue
            previous = mark
        kept.append(mark)
    return kept


def _possessive(text: str, mark: Mark, hi: int) -> bool:
    """Whether a closing single mark has a plural possessive's shape: "Lowes' statement"."""
    at = mark.at
    return (
        mark.role == CLOSE
        and text[at - 1] in _POSSESSIVE_ENDS
        and at + 2 < hi
        and text[at + 1] == " "
        and text[at + 2].isalnum()
    )
