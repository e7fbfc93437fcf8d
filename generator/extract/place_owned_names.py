"""Names a country's possessive owns: "Chile's Kelmar", "Sweden's Tarnovo".

Business copy names a firm by its country first ("Norway's Kelmar rose 2 percent"), and the
small model often reads a one-word firm after a country as a place. A country's places that
news writes so ("Italy's Lombardy") are the tables' own; a name they do not know after a
country's possessive is what the country owns, a firm or a body, unless a place noun after
it says it is a place ("Peru's Tarn region"), which `place_votes` checks, or the name spells
one of the country's provinces another way ("Italy's Lombardy" of "Lombardia").
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache

import pycountry
from spacy.tokens import Doc

from generator.extract.gazetteer import fold, subdivision_forms
from generator.extract.lexicon import Lexicon, Place
from generator.extract.mentions import Mention, place_named

#: Labels of the model's that such a firm's name is misread with.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def possessive_country(doc: Doc, at: int, lex: Lexicon) -> Place | None:
    """The country whose name stands before the possessive at ``at`` ("South Africa's"),
    or None when ``at`` holds no possessive or a country does not own it."""
    if at < 1 or doc[at].tag_ != "POS":
        return None
    start = at - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # "South Africa's"
    owner = lex.place(doc[start:at].text)
    return owner if owner is not None and owner.kind == "country" else None


def country_owned(mention: Mention, lex: Lexicon) -> bool:
    """Whether a name no table knows follows a country's possessive: "Chile's Kelmar"."""
    span = mention.span
    doc = span.doc
    if span.label_ not in _PLACE_LABELS or span.start < 2:
        return False
    if doc[span.start - 2].ent_type_ != "GPE":
        return False
    owner = possessive_country(doc, span.start - 1, lex)
    if owner is None:
        return False
    if mention.place is not None or place_named(span.text, lex) is not None:
        return False
    key = fold(span.text)
    return not any(
        key[:1] == name[:1] and SequenceMatcher(None, key, name).ratio() >= _LIKE_A_PROVINCE
        for name in _subdivisions(owner.country_code)
    )


#: How alike a name and a province's must be spelt for one to be the other: "Brittany" and
#: "Bretagne", "Catalonia" and "Catalunya".
_LIKE_A_PROVINCE = 0.6


@cache
def _subdivisions(country_code: str | None) -> tuple[str, ...]:
    """The `fold`ed written forms of a country's first-level subdivisions."""
    return tuple(
        fold(form)
        for sub in pycountry.subdivisions
        if sub.country_code == country_code and sub.parent_code is None
        for form in subdivision_forms(sub.name)
    )
