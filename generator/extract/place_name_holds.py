"""The country of a place no table lists whose name holds a town or country the story names.

A tower, a hotel or a project the tables lack is often named with the town or the country it
stands in: "the Kelby Tarn Tower", "Tarn Kelby", "Vellmark Grand Hotel". When the story names
that town or country itself, the name ties the place to it, whatever country the story's
other places are mostly in (`place_story`). Not a street or road: those are named after far
towns as often as after their own ("Kelby Road" runs out of another town towards Kelby).
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.extract.lexicon import Place

#: Last words of a way named after the town it leads to, not the one it runs through.
_WAY_WORDS = frozenset(
    {"street", "road", "avenue", "lane", "drive", "way", "boulevard", "highway", "square"}
)
#: Kinds of the story's places whose names tie a place named with them.
_TYING_KINDS = frozenset({"city", "country"})


def held_country(place: Place, places: Iterable[Place]) -> str | None:
    """The country code of the town or country of ``places`` (the story's) whose whole name
    is a run of whole words of ``place``'s name, shorter than it, if exactly one country is
    so named: "Kelby Tarn Tower" beside the town "Kelby"."""
    words = place.name.split()
    if len(words) < 2 or names_a_way(place.name):
        return None
    runs = {
        " ".join(words[start:end])
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
        if end - start < len(words)
    }
    codes = {
        other.country_code
        for other in places
        if other.kind in _TYING_KINDS and other.country_code and other.name in runs
    }
    return codes.pop() if len(codes) == 1 else None


def names_a_way(name: str) -> bool:
    """Whether ``name`` is a street's, a road's or a square's: "Kelby Row Street"."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _WAY_WORDS
