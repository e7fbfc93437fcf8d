"""Whether a story names a country's people or the country itself: "Chilean", "British".

A little-known town of a country the story names by nationality only ("a Chilean town")
keeps that country (`place_countries`): the demonym table's forms, else the country's name
less its last vowel and an ending English adds to name its people.
"""

from __future__ import annotations

import pycountry

from generator.extract.lexicon import lexicon

__all__ = ["nationality_written"]

#: What English adds to a country's name, less its last vowel, to name its people:
#: "Chile-an", "Ukrain-ian", "Japan-ese", "Iraq-i", "German-s".
_NATIONALITY_ENDINGS = (
    "",
    "s",
    "e",
    "a",
    "n",
    "an",
    "ans",
    "ian",
    "ians",
    "ean",
    "eans",
    "i",
    "is",
    "ese",
)


def nationality_written(code: str, words: frozenset[str]) -> bool:
    """Whether ``words`` (a document's capitalised words, in lower case) hold the name of the
    country ``code`` or of its people: the demonym table's forms ("British"), else the
    country's name less its last vowel and one of `_NATIONALITY_ENDINGS` ("Chilean")."""
    demonyms = lexicon().demonyms
    if any(demonyms.get(word) == code for word in words):
        return True
    if (country := pycountry.countries.get(alpha_2=code)) is None:
        return False
    stems = {
        name.lower().rstrip("aeiouy")
        for name in (country.name, getattr(country, "common_name", country.name))
        if " " not in name
    }
    return any(
        stem + ending in words
        for stem in stems
        if len(stem) >= 3
        for ending in _NATIONALITY_ENDINGS
    )
