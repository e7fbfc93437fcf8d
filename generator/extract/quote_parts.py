"""A quotation as the finder gives it: its words and where its parts are in the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.quote_mark_roles import ALL_MARKS, DOUBLE

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
    commas left out."""
    words = " ".join(" ".join(text[a:b].split()) for a, b in parts)
    words = words.strip(" ," + ALL_MARKS)
    return Quote(parts=list(parts), text=words, family=family, closed=closed)
