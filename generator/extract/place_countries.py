"""Which country a city of a shared name is in, by the countries its document names.

The gazetteer gives a name the most populous city that bears it: "Valencia" is in
Venezuela. A story that names Spain, or a Spanish region, and not Venezuela means the
Spanish city. The document's evidence is the countries of its country and region
places; a namesake is chosen only when it is no village beside the larger city (at
least `MIN_SHARE` of its population: "London" in a story naming only Canada stays the
British capital, whose namesake in Ontario is a twentieth of its size).
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Place

#: A namesake city at least this share of the largest one's population may be meant.
MIN_SHARE = 0.05
#: Kinds of place whose country is evidence of where the story is.
EVIDENCE_KINDS = frozenset(["country", "region"])


def document_countries(places: Iterable[Place]) -> frozenset[str]:
    """The country codes of the countries and regions a document names."""
    return frozenset(
        p.country_code for p in places if p.kind in EVIDENCE_KINDS and p.country_code is not None
    )


def settled_city(place: Place, countries: frozenset[str]) -> Place:
    """``place`` in the country the document names, when it is a city whose name cities
    of several countries bear and the document names only a namesake's country."""
    if place.kind != "city" or place.country_code in countries:
        return place
    namesakes = gazetteer().countries_of_city(place.name)
    if not namesakes:
        return place
    largest = namesakes[0][0]
    named = [
        code
        for population, code in namesakes
        if code in countries and population >= largest * MIN_SHARE
    ]
    return Place(place.name, place.kind, named[0]) if named else place
