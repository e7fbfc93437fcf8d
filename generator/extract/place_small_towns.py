"""Towns under the gazetteer's size that a story places in a country: "Tetbury", "Bridport".

The gazetteer's towns are cities of 15,000 people and more (a smaller town's name is as
often a surname), so a market town the model reads as a place, and the story places in a
country, is published as a place of no kind ("other"). GeoNames' table of places of 5,000
people and more, or else its list of villages of 1,000 and more (`place_villages`), says
whether a town of that name is in that country; only then, and only for a name no table
knows otherwise (the "Kelby field" of a city is a site), is it a town.
Not a name of several words that ends in a common noun ("Hatch End", "Kelby Palace"):
a quarter, a theatre district or a club is as often so called as a village.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from functools import cache

from generator.extract.gazetteer import fold
from generator.extract.lexicon import Place, lexicon
from generator.extract.mentions import place_named
from generator.extract.nlp import common_nouns
from generator.extract.place_lone_towns import towns
from generator.extract.place_villages import SAINT_WORDS, village_countries

__all__ = ["small_town"]


@cache
def _small_towns() -> dict[str, frozenset[str]]:
    """The countries of GeoNames' towns of 5,000 people and more (`place_lone_towns.towns`),
    by the name's `fold`."""
    countries: dict[str, set[str]] = defaultdict(set)
    for name, code in towns():
        countries[fold(name)].add(code)
    return {key: frozenset(codes) for key, codes in countries.items()}


def small_town(place: Place, named: Collection[str] = ()) -> Place:
    """``place``, a city when it is a place of no kind in a country where GeoNames knows a
    town of its name (module doc); one of no country, or a town the text calls one of no
    country, when GeoNames knows towns of its name in one country only and the story's
    places are in it too (``named``: their codes), a city of it: "Kelby, Corsica" among
    other French places."""
    if place.kind not in ("other", "city") or (place.kind == "city" and place.country_code):
        return place
    words = place.name.split()
    # A saint's name is no common noun for being spelt as one: "Kelby St John".
    saint = len(words) > 2 and words[-2] in SAINT_WORDS
    if len(words) > 1 and words[-1].lower() in common_nouns() and not saint:
        return place  # "Hatch End": a quarter's or a club's name as often
    if place_named(place.name, lexicon()) is not None:
        return place  # a name the tables know as something else: the "Kelby field"
    towns = _small_towns().get(fold(place.name), frozenset())
    code = place.country_code
    if (code is not None and code not in towns) or not towns:
        # Only then the villages' file, searched name by name, which holds these towns too:
        # a town of 5,000 of one country is what a name of no country means, not a village
        # abroad ("the port town of Kelby" beside its region).
        towns = towns | village_countries(place.name)
    if code is None and len(towns) == 1 and towns <= frozenset(named):
        code = next(iter(towns))
    return Place(place.name, "city", code) if code is not None and code in towns else place
