"""The country of a place no table places, from the country the story's other places are in.

No data library lists a country's streets, palaces, parks, hamlets or the counties it has no
code for ("Tarland Vale", "Kelby Row", "Ashby Green"), and the model keeps names like
"Tarland, Ont." whole; but a story is mostly about one country. A place of no country that
no table places takes the country most of the story's placed places are in: more than half
of them and at least two, so that a British story naming a few foreign capitals still counts
as British, while one naming as many French places as British ones, or a single foreign
country, places nothing. A country that merely leads places nothing: an island no table
knows, in a war story naming three countries, is of none of them for that. A place the tables know
to be of no country ("Middle East", "Europe") stays so, as do the oceans and seas and the
heavenly bodies; a name of directions alone ("the North East") is a part of whatever country
the story is about, and takes it, and one of two words does so when all the story's other
places are in one country, however few (`_sole_country`). A region the tables place in a
small country (`small_country`) that no other place of the story is in, in a story mostly of
another country, is a place of that country's own of the same name: island states name
their districts as other countries name their islands and towns ("Long Island", "Harbour
Island").
Not a town: a small country's capital is often the one place of it a story names. A town
named as another country's subdivision is counted for neither country: the story's other
places say which it is (`place_countries`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from generator.extract.gazetteer import directions_only, gazetteer, small_country
from generator.extract.lexicon import Place, lexicon
from generator.extract.mentions import place_named
from generator.extract.place_exonyms import exonym_country
from generator.extract.place_landmarks import landmark_country
from generator.extract.place_name_holds import held_country
from generator.extract.place_parts import whole_of
from generator.extract.place_story_evidence import story_attested, way_country
from generator.extract.place_towns_abroad import named_abroad
from generator.extract.place_wide_regions import (
    table_country,
    tied_country,
    wider_than_a_country,
)

#: Kinds of place a story's country is given to; a country of no code is a former one. A
#: city of no country is a town the text calls one ("the village of Kelby", `place_towns`).
_OPEN_KINDS = ("region", "other", "city")
#: Kinds of place whose country the story names.
_NAMED_KINDS = ("country", "region")
#: How many of the story's places at least must be in the country it gives.
MIN_PLACES = 2
#: A town this large is what its name means, not another country's subdivision of the name.
TWO_READINGS_UNDER = 500_000
#: Names of the waters and worlds no country owns, which the tables do not list.
_NOWHERE = re.compile(
    r"(?:^|\s)(?:Oceans?|Seas?)$|^(?:the )?(?:Atlantic|Pacific|Arctic|Antarctic|Americas"
    r"|Earth|Moon|Mars|Sun|Venus|Jupiter|Saturn)$"
)


def story_country(places: list[Place]) -> str | None:
    """The country code more than half, and at least `MIN_PLACES`, of the places that have
    one bear, if any."""
    return _majority(_codes(places))


def _codes(places: list[Place]) -> Counter[str]:
    """How many of ``places`` each country code is borne by; a town whose name another
    country's subdivision bears counts for neither (`_two_readings`)."""
    return Counter(
        place.country_code for place in places if place.country_code and not _two_readings(place)
    )


def _two_readings(place: Place) -> bool:
    """Whether a town of under `TWO_READINGS_UNDER` people bears the name of another
    country's subdivision ("Kelby", a US town and an English county): which of the two the
    story means is for its other places to say, not for the name to say of the story."""
    if place.kind != "city" or place.country_code is None:
        return False
    table = gazetteer()
    region = table.subdivision(place.name)
    if region is None or region.country_code in (None, place.country_code):
        return False
    return table.population(place.name) < TWO_READINGS_UNDER


def _majority(codes: Counter[str]) -> str | None:
    """The code of ``codes`` borne by more than half of them, and at least `MIN_PLACES`."""
    if not codes:
        return None
    code, count = codes.most_common(1)[0]
    return code if count * 2 > sum(codes.values()) and count >= MIN_PLACES else None


#: A port of air named after the town it serves: "Kelby Airport", "Kelby International
#: Airport". Streets and stations are named after other towns as often ("York Road").
_SERVED_TOWN = re.compile(r"(?P<town>.+?) (?:International )?Airport")
#: A bay or harbour named after the port on it: "Kelby Bay", "Kelby Harbour".
_PORT_WATERS = re.compile(r"(?P<town>.+?) (?:Bay|Harbou?r)")
#: A town this large is the port its bay is named after; a smaller namesake is as often a
#: town far from a bay named after a settler or a ship (the Ohio town of a Canadian bay's name).
PORT_TOWN = 100_000


def _served_country(place: Place) -> str | None:
    """The country of the town an airport is named after, when the gazetteer knows the town as
    a city: "Kelby Airport" is where Kelby is, whatever country the story is mostly about; so
    is a bay or harbour named after a city of `PORT_TOWN` people or more."""
    table = gazetteer()
    named = _SERVED_TOWN.fullmatch(place.name)
    town = table.city(named.group("town")) if named else None
    port = _PORT_WATERS.fullmatch(place.name)
    if town is None and port is not None and table.population(port.group("town")) >= PORT_TOWN:
        town = table.city(port.group("town"))
    return town.country_code if town is not None else None


def _unplaced(place: Place) -> bool:
    """Whether a place has no country and nothing says it has none: a table ("Europe"), its
    name ("Atlantic Ocean", "Mars") or the place of no country it names a part of
    ("Western Europe")."""
    if place.country_code is not None or place.kind not in _OPEN_KINDS:
        return False
    if _NOWHERE.search(place.name) or wider_than_a_country(place):
        return False
    known = place_named(place.name, lexicon())
    if known is not None:
        return known.country_code is not None or directions_only(place.name)
    whole = whole_of(place.name)  # "Southeast Asia" is a part of a place of no country
    if whole is None or directions_only(whole):  # "West Midlands" is a direction's part
        return True
    known = place_named(whole, lexicon())
    return known is None or known.country_code is not None


def _sole_country(place: Place, others: Counter[str]) -> str | None:
    """The one country all of a story's other places are in (``others``: their codes,
    counted), for a region named by a compass point of two words ("the North West"): such a
    region is a part of the country the story is about, however few places it names. Not
    one word ("the West", "the East"): those name the world's halves as often."""
    words = place.name.replace("-", " ").split()
    if len(others) != 1 or len(words) < 2 or not directions_only(place.name):
        return None
    return next(iter(others))


def _small_namesake(place: Place, others: Counter[str]) -> bool:
    """Whether a region is placed in a small country no other place is in (``others``: the
    other places' country codes, counted)."""
    code = place.country_code
    if code is None or place.kind != "region":
        return False
    return small_country(code) and others[code] == 0


def dateline_led(codes: Counter[str], dateline_code: str | None) -> str | None:
    """The country of the story's dateline (``dateline_code``), when at least `MIN_PLACES`
    of its places (``codes``: how many bear each country) bear it and none other is borne
    by more: a story filed in a country it is mostly about, though it names a few others as
    often ("COLOMBO - ... visitors from India": the hill town of Kelby it alone names is in
    Sri Lanka). A story filed in one capital about another country places nothing by it."""
    if dateline_code is None or codes[dateline_code] < MIN_PLACES:
        return None
    return dateline_code if codes[dateline_code] >= max(codes.values()) else None


def placed_by_story(
    places: list[Place],
    dateline_code: str | None = None,
    evidence: Mapping[str, frozenset[str]] | None = None,
) -> list[Place]:
    """``places``, each place of no country that no table places, or that the tables place
    in a small country nothing else of the story is in (`_small_namesake`), in the country
    most of the others are in (`story_country`), else, a town, in that of the story's
    dateline (``dateline_code``) when it leads them (`dateline_led`); one its own country's name for
    it places in a country the story names, in that one (`exonym_country`), a landmark of the
    table of them, in its country (`landmark_country`), an airport
    named after a town the gazetteer knows, in that town's (`_served_country`), and one whose
    name holds a town or country the story names, in that one's (`held_country`). A small
    country's namesake in a story of no one country is of no country: "Long Island" beside
    New York and Manchester is not the Bahamas' district. Given what the sentences around
    each place name (``evidence``, `story_evidence`), a place no table knows does not take the
    country of most others when its sentences name other countries' places or peoples only
    (`story_attested`), nor one whose name GeoNames knows as towns of other countries only,
    one of them named in the story (`named_abroad`); a street or a square whose sentences,
    or the one before them when they name no place, name towns of one country only is in
    that country (`way_country`)."""
    codes = _codes(places)
    named = frozenset(p.country_code for p in places if p.kind in _NAMED_KINDS and p.country_code)
    out = []
    for place in places:
        others = codes - _codes([place])
        unplaced = _unplaced(place)
        namesake = not unplaced and _small_namesake(place, others)
        if unplaced and table_country(place) is not None:
            # "the Sahel": a region across borders, of the subdivision's country only if
            # the story ties it there, never of the country of the story's other places
            place = Place(place.name, place.kind, tied_country(place, named, frozenset(others)))
        elif unplaced or namesake:
            # A region its own country's name for it places ("Normandie") is no place of
            # the story's country.
            # So is an airport named after a town the gazetteer places ("Kelby Airport"),
            # and a tower named with a town the story names ("the Kelby Tarn Tower").
            own = (
                exonym_country(place, named)
                or landmark_country(place.name)
                or _served_country(place)
                or held_country(place, places)
                if unplaced
                else None
            )
            # Only a town the text calls one ("the village of Kelby"): islands, straits and
            # fields a story filed from a capital names are as often those of the war or the
            # trade it reports from there.
            town = unplaced and place.kind == "city"
            led = dateline_led(others, dateline_code) if town else None
            most = _majority(others) or _sole_country(place, others)
            if most is not None and unplaced and evidence is not None:
                most = most if story_attested(place, most, places, evidence) else None
            way = way_country(place, places, evidence) if unplaced and evidence else None
            # The story's country is no evidence for a town of its name in another country
            # the story names: "Kelby Palace" in a story mostly of another country.
            guess = most or led
            if guess is not None and unplaced and named_abroad(place, guess, others):
                guess = None
            code = own or way or guess
            if code is not None or namesake:
                place = Place(place.name, place.kind, code)
        out.append(place)
    return out
