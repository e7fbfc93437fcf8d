"""A quotation as the finder gives it: its words and where its parts are in the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.quote_mark_roles import ALL_MARKS, DOUBLE, SINGLE

if TYPE_CHECKING:
    from generator.extract.entities import Entity

__all__ = ["Quote", "make_quote"]


@dataclass
class Quote:
    """A quotation: its text and where its parts are in the document."""

    parts: list[tuple[int, int]]  # character ranges of the quoted words
    text: str
    speaker: Entity | None = None
    family: str = DOUBLE
    #: Whether its parts were closed by a mark (an unclosed one ran to a paragraph's end).
    closed: bool = True


def make_quote(text: str, parts: list[tuple[int, int]], family: str, closed: bool = True) -> Quote:
    """A quote of the words in ``parts``, joined by single spaces, its edges' marks and
    commas left out, except a double mark that closes or opens a quote inside it
    ("I thought, “Why me?”"; straight ones inside a single-quoted quote): the inner
    quote keeps both its marks."""
    joined = " ".join(" ".join(text[a:b].split()) for a, b in parts)
    words = joined.strip(" ," + ALL_MARKS)
    head = joined[: joined.find(words)]
    tail = joined[joined.rfind(words) + len(words) :]
    if words.count(_INNER_OPEN) > words.count(_INNER_CLOSE):
        words += _INNER_CLOSE if _INNER_CLOSE in tail else ""
    elif words.count(_INNER_CLOSE) > words.count(_INNER_OPEN):
        words = (_INNER_OPEN if _INNER_OPEN in head else "") + words
    elif family == SINGLE and words.count(_STRAIGHT) % 2:
        # Straight doubles inside single-quoted copy ('I thought, "Why me?"'): the odd
        # one has its partner at whichever edge the strip took it from.
        if _STRAIGHT in tail:
            words += _STRAIGHT
        elif _STRAIGHT in head:
            words = _STRAIGHT + words
    return Quote(parts=list(parts), text=words, family=family, closed=closed)


#: The curly double marks, which quote inside single-quoted British copy and never
#: stand for an apostrophe, so their count in a quote's words says which one is missing.
_INNER_OPEN = "\u201c"
_INNER_CLOSE = "\u201d"
#: A straight double mark: inside a single-quoted quote it opens or closes a quote within.
_STRAIGHT = '"'
