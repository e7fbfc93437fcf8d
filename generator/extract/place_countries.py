"""Which country a city of a shared name is in, by the countries its document names.

The gazetteer gives a name the most populous city that bears it: "Valencia" is in
Venezuela. A story that names Spain, or a Spanish region, and not Venezuela means the
Spanish city. The document's evidence is the countries of its country and region
places; a namesake is chosen only when it is no village beside the larger city (at
least `MIN_SHARE` of its population: "London" in a story naming only Canada stays the
British capital, whose namesake in Ontario is a twentieth of its size), nor a town far
less written about than a city known the world over (`WORLD_FAME`: "Venice" in a story
naming the United States).
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Place

#: A namesake city at least this share of the largest one's population may be meant.
MIN_SHARE = 0.05
#: A city known by this many other names (`Namesake.fame`) is known the world over ...
WORLD_FAME = 50
#: ... and a namesake with less than this share of its fame does not take it: GeoNames'
#: Venice is the old town, hardly larger than Venice, Florida, but far more written about.
MIN_FAME_SHARE = 0.5
#: Kinds of place whose country is evidence of where the story is.
EVIDENCE_KINDS = frozenset(["country", "region"])


def document_countries(places: Iterable[Place]) -> frozenset[str]:
    """The country codes of the countries and regions a document names."""
    return frozenset(
        p.country_code for p in places if p.kind in EVIDENCE_KINDS and p.country_code is not None
    )


def regional_countries(places: Iterable[Place]) -> frozenset[str]:
    """The country codes of the regions within a country that a document names ("Utah")."""
    return frozenset(p.country_code for p in places if p.kind == "region" and p.country_code)


def settled_city(
    place: Place, countries: frozenset[str], regional: frozenset[str] = frozenset()
) -> Place:
    """``place`` in the country the document names, when it is a city whose name cities
    of several countries bear and the document names only a namesake's country.
    ``regional``: the countries of ``countries`` that the document names a region of,
    which is evidence enough for a namesake however little known ("Wellington" beside
    "Utah")."""
    if place.kind != "city" or place.country_code in countries:
        return place
    namesakes = gazetteer().countries_of_city(place.name)
    if not namesakes:
        return place
    largest = namesakes[0].population
    fame = max((n.fame for n in namesakes if n.code == place.country_code), default=0)
    if fame < WORLD_FAME:
        fame = 0  # "Haverhill": a small US city's few names say nothing of an English town's
    named = [
        n.code
        for n in namesakes
        if n.code in countries
        and n.population >= largest * MIN_SHARE
        and (n.fame >= fame * MIN_FAME_SHARE or n.code in regional)
    ]
    return Place(place.name, place.kind, named[0]) if named else place
