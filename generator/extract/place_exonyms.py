"""The country of a region the tables know only by its own country's name for it.

pycountry names most subdivisions in their own language ("Normandie", "Lombardia",
"Polynésie française", "Região Autónoma da Madeira") and English writes them its own
way; a region no table places would then take the country most of its story's places
are in (`place_story`), which for a French region in a British story is Britain. A name
of one word that is, or differs only in its last letters or in a "y" for an "i" from, a
word of a subdivision's name of a country the story names, is in that country: the story
that writes of such a region names its country too. Words that many countries'
subdivisions share ("Islands", "Province", "Central") say nothing of one country and are
left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

import pycountry

from generator.extract.gazetteer import fold
from generator.extract.lexicon import Place

#: The letters two forms of a name must share from their start ...
STEM = 5
#: ... and how many letters more either may end with: "Normand-y", "Normand-ie".
ENDING = 2
#: A word in the subdivision names of more countries than this, or of more subdivisions
#: than `MAX_SUBDIVISIONS`, names a kind of place ("Province", "Islands"), not one place
#: ("North Yorkshire" and "East Riding of Yorkshire" are two parts of one).
MAX_COUNTRIES = 2
MAX_SUBDIVISIONS = 3
#: Kinds of place that may take a country so.
_OPEN_KINDS = ("region", "other")


def _words(name: str) -> list[str]:
    """The words of a subdivision's name, folded: "Provence-Alpes-Côte-d'Azur" ->
    "provence", "alpes", "cote", "d", "azur"; a "y" read as the "i" other languages spell
    it with ("Tyrol" as "Tirol")."""
    return [word.replace("y", "i") for word in re.split(r"[^a-z]+", fold(name)) if word]


@cache
def _stems() -> dict[str, frozenset[tuple[str, str]]]:
    """The words of subdivision names, by their first `STEM` letters: each with the codes of
    the countries whose subdivisions' names hold it, words of too many places left out."""
    countries: dict[str, set[str]] = defaultdict(set)
    subdivisions: dict[str, int] = defaultdict(int)
    for sub in pycountry.subdivisions:
        for word in set(_words(sub.name)):
            if len(word) >= STEM:
                countries[word].add(sub.country_code)
                subdivisions[word] += 1
    stems: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for word, codes in countries.items():
        if len(codes) <= MAX_COUNTRIES and subdivisions[word] <= MAX_SUBDIVISIONS:
            stems[word[:STEM]].update((word, code) for code in codes)
    return {stem: frozenset(found) for stem, found in stems.items()}


def _same_stem(one: str, other: str) -> bool:
    """Whether two words differ only in at most `ENDING` last letters each."""
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= STEM and len(one) - shared <= ENDING and len(other) - shared <= ENDING


def exonym_country(place: Place, named: frozenset[str]) -> str | None:
    """The code of the one country of ``named`` (the countries a story names) that has a
    subdivision whose name holds ``place``'s one-word name or a form of it, if any."""
    if place.kind not in _OPEN_KINDS or " " in place.name.strip():
        return None
    words = _words(place.name)
    if len(words) != 1 or len(words[0]) < STEM:
        return None
    word = words[0]
    codes = {
        code
        for known, code in _stems().get(word[:STEM], ())
        if code in named and _same_stem(word, known)
    }
    return codes.pop() if len(codes) == 1 else None
