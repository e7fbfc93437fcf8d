"""A region written with "the" whose name a country's subdivision bears: the wider area.

The gazetteer reads "Sahel" as a region of Burkina Faso, the one country that named a
province after the belt south of the desert. News writes a region across borders with
"the" ("the Sahel", "the Punjab"), and a country's own subdivision by its name alone
("Bavaria", "Ontario"); a subdivision named in several words keeps its "the" and its
country ("the Western Cape"). Such a region is of no country of its own; the story may
still tie it to the subdivision's country by naming that country or a place in it
(`tied_country`). A US state is known by its name the world over and keeps its country.
A name whose last word names a land or the world, not a part of one ("the Holy Land", "the
Far East", "the Low Countries"), is wider than any country the story is mostly about
(`wider_than_a_country`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon, Place


def wide_region(span: Span, place: Place | None, lex: Lexicon) -> Place | None:
    """``place`` of no country when it is a one-word subdivision of the table's that the
    text writes after "the" ("across the Sahel"); else None."""
    if place is None or place.kind != "region" or place.country_code in (None, "US"):
        return None
    if len(place.name.split()) != 1 or lex.place(place.name) is not None:
        return None
    if gazetteer().subdivision(place.name) != place:
        return None
    first = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    written_the = first.lower_ == "the" or (before is not None and before.lower_ == "the")
    return Place(place.name, place.kind, None) if written_the else None


def table_country(place: Place) -> str | None:
    """The country of the subdivision a wide region of no country shares its name with."""
    if place.kind != "region" or place.country_code is not None:
        return None
    region = gazetteer().subdivision(place.name)
    return region.country_code if region is not None else None


def tied_country(place: Place, named: frozenset[str], codes: frozenset[str]) -> str | None:
    """The subdivision's country when the story names it (``named``) or places another of its
    places there (``codes``): "the Sahel" in a story of Ouagadougou is Burkina Faso's
    region; else None, whatever country most of the story's places are in."""
    code = table_country(place)
    return code if code is not None and (code in named or code in codes) else None


#: Last words of a name for an area wider than a country: "the Holy Land", "the Low
#: Countries", "the Arab World", "the Far East" (not "Country": "the Basque Country").
_WIDER = re.compile(r"\s(?:Lands?|World|Countries)$|^(?:Far|Near) East$")


def wider_than_a_country(place: Place) -> bool:
    """Whether a place of no country is named as a land or a world, wider than a country
    (`_WIDER`): no country the story's other places are in is its country."""
    return place.country_code is None and _WIDER.search(place.name) is not None
