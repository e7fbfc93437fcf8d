"""Whether a place no table places bears the name of towns of other countries only.

A place of no country takes the country most of its story's places are in (`place_story`),
but a village abroad that a story names in passing is no place of that country: a Bavarian
village in a British story that names Germany too, or a palace named after an English town
("Kelby Palace") in a story mostly of France. GeoNames' list of places of 1,000 people and
more (`place_villages`) says where the towns of a name are; when it knows the name of the
town a site is named after (the words before "Palace", "Airport"), or the name of a place
the text calls a town, only in other countries, one of them a country the story's other
places are in, the story's country is no evidence for the place. Not the whole name of a
site: hotels and airports are named after towns abroad ("the Kelby" hotel of a resort
named after an Italian lake town), and a name GeoNames knows only in countries the story
does not name says nothing ("Kelby End" and "Tarn Lake" are names of many countries'
places, GeoNames' list holding some and not others).
"""

from __future__ import annotations

from collections.abc import Collection

from generator.extract.gazetteer import directions_only
from generator.extract.lexicon import Place
from generator.extract.place_sites import SITE_WORDS
from generator.extract.place_villages import village_countries


def named_abroad(place: Place, code: str, others: Collection[str]) -> bool:
    """Whether GeoNames knows towns of the name of the town a site is named after ("Kelby
    Castle"), or of ``place``'s name when the text calls it a town (kind city), only in
    countries other than ``code``, one of them among ``others`` (the codes of the story's
    other places). Not a name of directions alone, a part of whatever country the story is
    about."""
    if directions_only(place.name):
        return False
    names = [place.name] if place.kind == "city" else []
    town, _, word = place.name.rpartition(" ")
    if town and word.lower() in SITE_WORDS:
        names.append(town)
    for name in names:
        found = village_countries(name)
        if found and code not in found and not found.isdisjoint(others):
            return True
    return False
