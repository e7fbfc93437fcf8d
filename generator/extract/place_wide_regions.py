"""A region written with "the" whose name subdivisions of several countries bear: the wider area.

News writes a region across borders with "the" ("the Punjab", of India and Pakistan), and a
country's own subdivision by its name alone ("Bavaria", "Ontario"), or with "the" when its
name is unique in the world ("the Yukon", "the Veneto": it is that country's); a subdivision
named in several words keeps its "the" and its country ("the Western Cape"). A name that
several countries' subdivisions bear, or that is an English word for a kind of land
("the Delta", "the Lakes": Nigeria's and South Sudan's states, and any delta or lakes), is
of no country of its own; the story may still tie it to the subdivision's country by naming
that country or a place in it (`tied_country`). A US state is known by its name the world
over and keeps its country.
A name whose last word names a land or the world, not a part of one ("the Holy Land", "the
Far East", "the Low Countries"), is wider than any country the story is mostly about
(`wider_than_a_country`). A direction's part of a region the tables know as of no country
("the North Caucasus", "Southern Africa") is such a region too, whatever the model read it
as (`wide_part`): no body is named so alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.gazetteer import directions_only, gazetteer, subdivision_countries
from generator.extract.lexicon import Lexicon, Place
from generator.extract.place_parts import whole_of


def wide_region(span: Span, place: Place | None, lex: Lexicon) -> Place | None:
    """``place`` of no country when it is a one-word subdivision of the table's that the
    text writes after "the" ("across the Punjab"), unless its name is one country's alone
    and no English word for a kind of land (`_LAND_WORDS`): "the Yukon"; else None."""
    if place is None or place.kind != "region" or place.country_code in (None, "US"):
        return None
    if len(place.name.split()) != 1 or lex.place(place.name) is not None:
        return None
    if gazetteer().subdivision(place.name) != place:
        return None
    unique = len(subdivision_countries(place.name)) == 1
    if unique and place.name.lower() not in _LAND_WORDS:
        return None  # "the Yukon": the one country's territory
    first = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    written_the = first.lower_ == "the" or (before is not None and before.lower_ == "the")
    return Place(place.name, place.kind, None) if written_the else None


#: English words for a kind of land or water that countries name a subdivision by ("Delta",
#: "Plateau", "Lakes", "Rivers", "Highland"): "the Delta" is any delta.
_LAND_WORDS = frozenset(
    {"delta", "plateau", "plateaux", "lakes", "lake", "rivers", "river", "highland", "highlands"}
    | {"coast", "islands", "island", "mountains", "valley", "savannah", "savanes", "lagunes"}
    | {"littoral", "estuary", "capital", "unity", "borders", "desert", "plains", "forest"}
)


def table_country(place: Place) -> str | None:
    """The country of the subdivision a wide region of no country shares its name with."""
    if place.kind != "region" or place.country_code is not None:
        return None
    region = gazetteer().subdivision(place.name)
    return region.country_code if region is not None else None


def tied_country(place: Place, named: frozenset[str], codes: frozenset[str]) -> str | None:
    """The country of a subdivision of the name when the story names it (``named``) or places
    another of its places there (``codes``): "the Punjab" in a story of Lahore is Pakistan's
    province; one that names both countries, or neither, ties it to none, whatever country
    most of the story's places are in."""
    if table_country(place) is None:
        return None
    tied = subdivision_countries(place.name) & (named | codes)
    return next(iter(tied)) if len(tied) == 1 else None


#: Last words of a name for an area wider than a country: "the Holy Land", "the Low
#: Countries", "the Arab World", "the Far East" (not "Country": "the Basque Country").
_WIDER = re.compile(r"\s(?:Lands?|World|Countries)$|^(?:Far|Near) East$")


def wider_than_a_country(place: Place) -> bool:
    """Whether a place of no country is named as a land or a world, wider than a country
    (`_WIDER`): no country the story's other places are in is its country. Not a land
    named after a town ("Arnhem Land", after a Dutch town by way of a ship): one land of
    the story's country, as "Tarvik Land" is, not a holy or a low one."""
    if place.country_code is not None or _WIDER.search(place.name) is None:
        return False
    named = gazetteer().lookup(place.name.rsplit(" ", 1)[0])
    return named is None or named.kind != "city"


def wide_part(name: str, lex: Lexicon) -> Place | None:
    """A region of no country when ``name`` is a direction's part (`whole_of`) of a region of
    no country the tables list, a continent's included: "North Caucasus", "Southern Africa";
    else None."""
    whole = whole_of(name)
    if whole is None or directions_only(whole):
        return None  # "North Central": directions alone, which zones and bodies are named by
    known = lex.place(whole) or gazetteer().lookup(whole)
    if known is None or known.kind != "region" or known.country_code is not None:
        return None
    return Place(name, "region", None)
