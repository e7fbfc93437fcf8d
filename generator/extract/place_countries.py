"""Which country a city of a shared name is in, by the countries its document names.

The gazetteer gives a name the most populous city that bears it: "Valencia" is in
Venezuela. A story that names Spain, or a Spanish region, and not Venezuela means the
Spanish city. The document's evidence is the countries of its country and region
places; a namesake is chosen only when it is no village beside the larger city (at
least `MIN_SHARE` of its population: "London" in a story naming only Canada stays the
British capital, whose namesake in Ontario is a twentieth of its size), nor a town far
less written about than a city known the world over (`WORLD_FAME`: "Venice" in a story
naming the United States). A name that is also a first-level subdivision of a country the
story names is that subdivision ("Kent" in a story naming England is the county, not the
US city). A little-known town (`OBSCURE_FAME`, `OBSCURE_POPULATION`) of a country the story
names neither by name nor by nationality ("Chilean"), in a story that names other countries,
is some place of the story's own that the gazetteer lacks ("Ashton" in an English story is
no South African town; a London street is no Ohio village): it keeps no country. So does
such a town in a story that names no country at all: nothing there decides between the
town the gazetteer guesses and a smaller namesake it lacks ("Whitby" alone), unless the
story's other towns do (`place_lone_towns`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from generator.extract.gazetteer import (
    UNKNOWN_FAME,
    WORLD_FAME,
    Namesake,
    gazetteer,
    shire_county,
    subdivision_countries,
)
from generator.extract.lexicon import Place
from generator.extract.place_far_namesakes import keeps_larger_city
from generator.extract.place_lone_towns import lone_town_country, towns_abroad
from generator.extract.place_nationalities import nationality_written
from generator.extract.place_parts import (
    known_whole,
    one_country_whole,
    us_county,
    whole_before,
    whole_of,
)
from generator.extract.place_regional import regional_countries
from generator.extract.place_sites import site_town
from generator.extract.place_small_towns import small_town
from generator.extract.place_story import placed_by_story, story_country

#: A namesake city at least this share of the largest one's population may be meant.
MIN_SHARE = 0.05
#: A namesake with less than this share of the fame (`Namesake.fame`) of a city known the
#: world over (`WORLD_FAME`) does not take it: GeoNames' Venice is the old town, hardly
#: larger than Venice, Florida, but far more written about.
MIN_FAME_SHARE = 0.5
#: A city GeoNames knows by at most this many other names is hardly written about
#: abroad (a capital or a port in the news has dozens, one for each language) ...
OBSCURE_FAME = 19
#: ... and below this population it is no city a story names without naming its country.
OBSCURE_POPULATION = 250_000
#: Kinds of place whose country is evidence of where the story is.
EVIDENCE_KINDS = frozenset(["country", "region"])


def document_countries(places: Iterable[Place]) -> frozenset[str]:
    """The country codes of the countries and regions a document names; if it names none,
    those of the cities it names that are known the world over (`WORLD_FAME`): a story
    set in London that never writes "Britain" is still British."""
    places = list(places)
    named = frozenset(
        p.country_code for p in places if p.kind in EVIDENCE_KINDS and p.country_code is not None
    )
    if named:
        return named
    table = gazetteer()
    return frozenset(
        p.country_code
        for p in places
        if p.kind == "city" and p.country_code is not None and table.fame(p.name) >= WORLD_FAME
    )


def settled_city(
    place: Place,
    countries: frozenset[str],
    regional: frozenset[str] = frozenset(),
    words: frozenset[str] = frozenset(),
    elsewhere: frozenset[str] = frozenset(),
) -> Place:
    """``place`` as the document's countries place it, when it is a city of a country the
    document does not name: the namesake city in a country it names, else the subdivision
    or British "-shire" county of that name in one, else, for a little-known town in a story
    naming other countries, a place of no country. ``regional``: the countries of
    ``countries`` it names a region of, evidence enough for a namesake however little known
    ("Wellington" beside "Utah"); ``words``: its capitalised words, in lower case, whose
    nationalities ("Chilean") keep a little-known town of theirs, as do the countries of its
    other places (``elsewhere``: "Bucha" beside "Kyiv"). A city whose name names a part of a
    city in a country the document names is that part (`_part_of_named`). A place of no
    country that is a part of a known one takes the whole's country (`part_settled`); a site
    named after a town, the town's (`site_settled`)."""
    if place.country_code is None and place.kind in ("region", "other"):
        whole = part_settled(place, countries, regional)
        return whole if whole.country_code else site_settled(place, countries)
    if place.kind != "city" or place.country_code in countries:
        return place
    table = gazetteer()
    namesake = _namesake_named(place, countries, regional)
    if namesake is not None:
        return namesake
    region = table.subdivision(place.name) or shire_county(place.name)  # "Kelshire"
    if region is not None and region.country_code in countries:
        return region
    part = _part_of_named(place, countries)
    if part is not None:
        return part
    if table.city(place.name) is None:
        return place  # a town the text calls one ("the village of Kelby"), of no country
    if not countries or not _obscure(place):
        return place  # a story naming no country: `lone_towns`
    # The story's evidence for the town's own country comes last: it reads every word.
    code = place.country_code
    if code is not None and (code in elsewhere or nationality_written(code, words)):
        return place
    return Place(place.name, "other", None)


def settled_places(
    places: list[Place],
    words: frozenset[str] = frozenset(),
    dateline_code: str | None = None,
    evidence: Mapping[str, frozenset[str]] | None = None,
) -> list[Place]:
    """The document's places, each as its other places and its capitalised ``words`` (in lower
    case: a nationality names a country, "Chilean") settle it (`settled_city`,
    `state_not_country`, `shared_subdivision`), the country most of them are in
    (`story_country`) counted as named, and a subdivision of a country the others do not name
    a city of one they do (`city_not_region`); a place still of no country in the country
    most of the others are in, or in the country of the story's dateline
    (``dateline_code``) when that leads them, unless its sentences (``evidence``) say otherwise
    (`placed_by_story`); a place of no kind that GeoNames lists as a town of its country, or
    of the one country of its name the story's places are in most, or its sentences name
    places of, a town (`small_town`)."""
    countries = document_countries(places)
    named = countries  # before the story's own country is counted as named
    home = story_country(places)
    if home is not None:
        countries |= {home}  # "Newcastle" among many English towns, the story naming none
    regional = regional_countries(places, named, home)
    codes = Counter(p.country_code for p in places if p.country_code and not _obscure(p))
    settled = [
        state_not_country(place, places)
        or shared_subdivision(place, places)
        or city_not_region(place, places)
        or home_namesake(place, home, regional, named)
        or settled_city(place, countries, regional, words, _elsewhere(place, codes))
        for place in places
    ]
    found = settled if countries else lone_towns(settled, words)
    placed = placed_by_story(found, dateline_code, evidence)
    # A town of one country among several the story names is of the country the story
    # names most, or of one its own sentences name a place of: "Kelby" of a Florida
    # namesake in a British story naming Texas is no town of Florida's, for that.
    placed_codes = Counter(p.country_code for p in placed if p.country_code)
    most = max(placed_codes.values(), default=0)
    leading = frozenset(code for code, count in placed_codes.items() if count == most)
    codes_of = {p.name: p.country_code for p in placed if p.country_code}
    near = {
        name: frozenset(codes_of[other] for other in others if other in codes_of)
        for name, others in (evidence or {}).items()
    }
    return [small_town(place, leading | near.get(place.name, frozenset())) for place in placed]


def lone_towns(places: list[Place], words: frozenset[str] = frozenset()) -> list[Place]:
    """The places of a story that names no country, each little-known town (`_obscure`) whose
    people the story does not name (``words``: "Canadian") in the country its other places
    and its namesakes abroad decide (`lone_town_country`): "Whitby" alone is of no country,
    "Whitby" beside "Scarborough" is English."""
    # Only the gazetteer's towns: a town it lacks has its country from the text ("Kelby,
    # Kent"), not from a guess among namesakes.
    table = gazetteer()
    lone = [
        at
        for at, p in enumerate(places)
        if p.country_code
        and _obscure(p)
        and table.city(p.name) is not None
        and not nationality_written(p.country_code, words)
    ]
    if not lone:
        return places
    support = frozenset(p.country_code for p in places if p.country_code and not _obscure(p))
    abroad = towns_abroad(places[at].name for at in lone)
    out = list(places)
    for at in lone:
        place = places[at]
        code = place.country_code
        others = [abroad[places[i].name] | {places[i].country_code or ""} for i in lone if i != at]
        found = lone_town_country(
            code or "", abroad[place.name], others, support, table.fame(place.name) > UNKNOWN_FAME
        )
        if found != code:
            out[at] = Place(place.name, place.kind, found)
    return out


def _obscure(place: Place) -> bool:
    """Whether ``place`` is a little-known town (`OBSCURE_FAME`, `OBSCURE_POPULATION`)."""
    table = gazetteer()
    return (
        place.kind == "city"
        and table.fame(place.name) <= OBSCURE_FAME
        and table.population(place.name) < OBSCURE_POPULATION
    )


def _elsewhere(place: Place, codes: Counter[str]) -> frozenset[str]:
    """The country codes of the story's places that are no little-known towns (``codes``: how
    many bear each), but ``place``: a town is no evidence for another town."""
    mine = 0 if _obscure(place) else 1
    return frozenset(c for c, n in codes.items() if n > (mine if c == place.country_code else 0))


def home_namesake(
    place: Place, home: str | None, regional: frozenset[str], named: frozenset[str]
) -> Place | None:
    """The city or subdivision of the story's own country (``home``, `story_country`) that a
    city of another country named in the story shares its name with, as `settled_city`
    would choose it were ``home`` the only country named: "Kelby" among towns of Kelby's
    county is the county, though the story names the country of a larger Kelby too. A city
    far larger than that namesake, of a country the story names (``named``), stays
    (`keeps_larger_city`)."""
    if home is None or place.kind != "city" or place.country_code in (None, home):
        return None
    if keeps_larger_city(place, home, named):
        return None
    found = settled_city(place, frozenset([home]), regional)
    return found if found.country_code == home else None


def state_not_country(place: Place, places: list[Place]) -> Place | None:
    """The US state of a country's name ("Georgia"), in a story where most of the other
    places are American and none is in the country: the tables read the country first."""
    state = gazetteer().subdivision(place.name)
    if place.kind != "country" or state is None or state.country_code != "US":
        return None
    codes = [p.country_code for p in places if p.name != place.name and p.country_code]
    american = codes.count("US") * 2 > len(codes)
    return state if american and place.country_code not in codes else None


def shared_subdivision(place: Place, places: list[Place]) -> Place | None:
    """The subdivision of a name that subdivisions of several countries bear ("Punjab", of
    India and Pakistan) in the one of them the story's other places are in or name: the
    tables read one country's first. When the other places are in more than one of them,
    the one most of them are in: a town the gazetteer reads in the other country
    ("Hyderabad") does not outvote a story's many places of Pakistan."""
    if place.kind != "region" or place.country_code is None:
        return None
    codes = subdivision_countries(place.name)
    if len(codes) < 2 or gazetteer().subdivision(place.name) != place:
        return None
    counts = Counter(
        p.country_code for p in places if p.name != place.name and p.country_code in codes
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    code = ranked[0][0]
    return None if code == place.country_code else Place(place.name, place.kind, code)


def city_not_region(place: Place, places: list[Place]) -> Place | None:
    """The city of a subdivision's name in a country the story's other places are in, when
    none of them is in the subdivision's country: "Kent" among Seattle's suburbs is the
    Washington town, not the English county the gazetteer reads first. Not a town hardly
    known even at home (`UNKNOWN_FAME`): "Bali" stays the island. Not a US state, which the
    gazetteer reads before any smaller city already."""
    table = gazetteer()
    if place.kind != "region" or place.country_code in (None, "US"):
        return None
    if table.subdivision(place.name) != place:
        return None
    city = table.city(place.name)
    if city is None or city.country_code is None:
        return None
    others = [p for p in places if p.name != place.name]
    countries = document_countries(others) | frozenset(filter(None, [story_country(others)]))
    if place.country_code in countries:
        return None
    namesakes = table.countries_of_city(place.name) or (
        Namesake(table.population(place.name), city.country_code, table.fame(place.name)),
    )
    named = [n.code for n in namesakes if n.code in countries and n.fame > UNKNOWN_FAME]
    return Place(place.name, "city", named[0]) if named else None


def _namesake_named(
    place: Place, countries: frozenset[str], regional: frozenset[str]
) -> Place | None:
    """The city of ``place``'s name in a country the document names, if one may be meant."""
    namesakes = gazetteer().countries_of_city(place.name)
    if not namesakes:
        return None
    largest = namesakes[0].population
    fame = max((n.fame for n in namesakes if n.code == place.country_code), default=0)
    if fame < WORLD_FAME:
        fame = 0  # "Haverhill": a small US city's few names say nothing of an English town's
    named = [
        n.code
        for n in namesakes
        if n.code in countries
        and n.population >= largest * MIN_SHARE
        and (n.fame >= fame * MIN_FAME_SHARE or n.code in regional)
    ]
    return Place(place.name, place.kind, named[0]) if named else None


def _part_of_named(place: Place, countries: frozenset[str]) -> Place | None:
    """The quarter of a city known the world over, in a country the document names, that a
    less known foreign city's name also names: "East Kelby" in a story of Kelby's country
    is Kelby's east, not a town of that name abroad. A foreign city known the world over
    itself keeps its country."""
    whole_name = whole_of(place.name)
    whole = known_whole(whole_name) if whole_name else None
    if whole is None or whole.name != whole_name or whole.country_code not in countries:
        return None
    table = gazetteer()
    if whole.kind != "city" or table.fame(whole.name) < WORLD_FAME:
        return None
    if table.fame(place.name) >= WORLD_FAME:
        return None
    return Place(place.name, "region", whole.country_code)


def part_settled(
    place: Place, countries: frozenset[str], regional: frozenset[str] = frozenset()
) -> Place:
    """``place``, of no country, in the country of the place it is named as a part of
    ("South London", "Northern Syria", "West Knox County", "Kelby North"), when the whole is
    a country, a city known the world over, a region of one country (`one_country_whole`:
    "South Kelshire") or a place in a country the document names, or, in a story naming
    none, a city that is no little-known town (`_obscure`); a US county in a US story."""
    county = us_county(place.name)
    if county is not None:
        return county if "US" in countries or not countries else place
    whole_name = whole_of(place.name) or whole_before(place.name)  # "Kelby North"
    whole = known_whole(whole_name) if whole_name else None
    # The whole by its own name only: "Central America" is no part of the United States.
    if whole is None or whole.name != whole_name:
        return place
    settled = settled_city(whole, countries, regional)
    code = settled.country_code
    famous = whole.kind == "city" and gazetteer().fame(whole.name) >= WORLD_FAME
    famous = famous and settled == whole
    # A story naming no country takes a city that is no little-known town for the one its
    # name says, as `lone_towns` does the city alone ("Kelby North" of a large Kelby).
    lone = not countries and whole.kind == "city" and settled == whole and not _obscure(whole)
    if code is None or not (code in countries or famous or lone or one_country_whole(whole)):
        return place
    return Place(place.name, place.kind, code)


def site_settled(place: Place, countries: frozenset[str]) -> Place:
    """``place``, of no country, in the country of the town it is a site of ("Kelby
    Airport", `site_town`): the one country the document names that has a town of the name,
    else, when it names none, that of a town of the name known the world over. A name that
    towns of two countries the document names bear says nothing: "Kelby Castle" in a story
    of Britain and Canada, each with a Kelby."""
    town = site_town(place.name)
    found = gazetteer().city(town) if town else None
    if town is None or found is None or found.country_code is None:
        return place
    table = gazetteer()
    codes = [namesake.code for namesake in table.countries_of_city(town)] or [found.country_code]
    named = [code for code in codes if code in countries]
    if len(named) == 1:
        return Place(place.name, place.kind, named[0])
    if not named and table.fame(town) >= WORLD_FAME:
        return Place(place.name, place.kind, found.country_code)
    return place
