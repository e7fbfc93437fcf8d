"""A world city keeps its name against a far smaller namesake of the story's own country.

`place_countries.home_namesake` moves a city of another country to its namesake in the
country most of the story's places are in: "Kelby" among towns of Kelby's county is the
county's. When the city the gazetteer reads is `FAR_LARGER` times as populous as that
namesake and its own country is named in the story too, the larger city is meant: a
writer "raised in" a great English city, in a story set mostly in American towns, was
raised in the English city. Where the text itself places the namesake ("Tarnford, New
Hampshire", `place_regions_after`) the place already bears the namesake's country and is
not moved.
"""

from __future__ import annotations

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Place

#: How many times as populous a named country's city must be as the story country's
#: namesake to keep its name: a city four times a town's size is the one the world means.
FAR_LARGER = 4


def keeps_larger_city(place: Place, home: str | None, named: frozenset[str]) -> bool:
    """Whether ``place``, a city the gazetteer reads in a country the story names
    (``named``: the codes of the countries and regions it names), is `FAR_LARGER` times as
    populous as its namesake in the story's own country (``home``, `story_country`)."""
    if home is None or place.kind != "city" or place.country_code not in named:
        return False
    namesakes = gazetteer().countries_of_city(place.name)
    own = max((n.population for n in namesakes if n.code == place.country_code), default=0)
    there = max((n.population for n in namesakes if n.code == home), default=0)
    return there > 0 and own >= FAR_LARGER * there
