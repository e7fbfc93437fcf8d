"""A direction's adjective alone ("Eastern", "Western") is no place's name.

The model reads "the Eastern bloc" or "Western diplomats" as a place, and once the lower-case
noun is cut off the adjective is left; several countries have a subdivision so called
("Eastern Province"), so the gazetteer knows it as a region of no country. News writes such
a subdivision with its noun, and a region by the noun of its direction ("the West"), so the
adjective of a direction written alone names no place.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.gazetteer import directions_only

__all__ = ["direction_adjective"]


def direction_adjective(span: Span) -> bool:
    """Whether a span is one word, a direction's adjective ("Eastern", "North-western")."""
    if len(span) != 1:
        return False
    word = span[0].lower_
    return word.endswith("ern") and directions_only(word)
