"""The country of a place no table lists, from the place the text puts it in: "Kelby Wood
in France", "Tarn Prison in London", "a Kelby Tower near Moscow".

A wood, a prison or a consulate the tables lack would take the country most of its story's
places are in, or none; the text often says where it is. A place written right before
"in", "near" or "outside" and a country, or a city known the world over, is in that
country. A lesser town is no evidence here: a town of its name abroad may be meant ("Kelby
Hall in Norfolk" is no place of Virginia), and which one the story means is settled only
later, by all its places (`place_countries`).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import lower_at, token_at
from generator.extract.gazetteer import WORLD_FAME, gazetteer
from generator.extract.lexicon import Place, lexicon
from generator.extract.mentions import place_named
from generator.extract.place_towns import same_names

#: Words that put the place before them in or by the place after them.
_WITHIN = frozenset({"in", "near", "outside"})
#: Most words of the name after the word.
_NAME_WORDS = 3


def place_it_is_in(span: Span) -> Place | None:
    """The country, or city known the world over, written after a place's name and "in",
    "near" or "outside" ("Kelby Wood in France"), the longest name first, at the first of
    its mentions that has one."""
    for mention in same_names(span):
        found = _place_it_is_in_here(mention)
        if found is not None:
            return found
    return None


def _place_it_is_in_here(span: Span) -> Place | None:
    """`place_it_is_in` at one mention."""
    doc = span.doc
    if lower_at(doc, span.end) not in _WITHIN:
        return None
    start = span.end + 1
    stop = start
    while stop < start + _NAME_WORDS and (word := token_at(doc, stop)) and word.is_title:
        stop += 1
    for end in range(stop, start, -1):
        found = place_named(doc[start:end].text, lexicon())
        if found is None or found.country_code is None:
            continue
        if found.kind == "country":
            return found
        famous = gazetteer().fame(doc[start:end].text) >= WORLD_FAME
        return found if found.kind == "city" and famous else None
    return None
