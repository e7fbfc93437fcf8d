"""The town a site is named after: "Kelby Airport", "Kelby Arena", "Kelby Castle".

No table lists airports, arenas or castles, and a site of no country would take the
country most of its story's places are in (`place_story`), which in a story naming a
foreign country and its capital twice is that country. An airport, arena, stadium,
station, castle, palace, cathedral or cemetery named with a town's name before its noun is in that
town (`place_countries` settles which town of the name, and trusts it only in a country
the story names or for a town known the world over). Not a street, road, park or
bridge: those are named after far towns as often as after their own ("Kelby Road" runs
out of another town towards Kelby).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.gazetteer import gazetteer

#: Last words of sites that stand in the town they are named after.
SITE_WORDS = frozenset(
    {"airport", "arena", "stadium", "station", "castle", "palace", "cathedral", "racecourse"}
    | {"cemetery"}
)


def site_town(name: str) -> str | None:
    """The name of the town the gazetteer knows that a site's name is, with the site's word
    after it: "Port Kelby Airport" -> "Port Kelby"; not "Jo Ames Airport", whose first word
    alone may be some town's name."""
    town, _, word = name.strip().rpartition(" ")
    if not town or word.lower() not in SITE_WORDS or not town[:1].isupper():
        return None
    return town if gazetteer().city(town) is not None else None


def site_named(span: Span) -> bool:
    """Whether a name of two words or more ends in a capitalised site's noun (`SITE_WORDS`):
    "Kelby International Airport", "Tarn Central Station". Such a name is a place where the
    text puts it on the map ("flew to ...", "arrested at ..."), though the model may read a
    body's, as it reads the operator that bears the same name."""
    last = span[-1]
    return len(span) > 1 and last.is_title and last.lower_ in SITE_WORDS
