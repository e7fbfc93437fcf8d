"""The word tables roles are read with (`data/titles.yaml`), beside the shared lexicon."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from generator.extract.lexicon import load_data

__all__ = ["NAME_TITLES", "RoleWords", "role_words"]

#: Short forms of titles before a name in US and forces copy that the title tables lack
#: ("Ald. Jo Roe" of a city council, "Pfc. Jo Roe"), by their written form in lower case.
MORE_ABBREVIATIONS = {
    "ald.": "Alderman",
    "asm.": "Assemblymember",
    "msgr.": "Monsignor",
    "pfc.": "Private First Class",
    "spc.": "Specialist",
    "tpr.": "Trooper",
    "ofc.": "Officer",
    "supv.": "Supervisor",
    "dist.": "District",
    "comdr.": "Commander",
}
#: Short forms of titles that are also another word's short form ("Del." of Delaware in
#: "Dover, Del."): titles only right before a person's name ("Del. Jo Roe, D-Fairfax").
NAME_TITLES = {"del.": "Delegate"}


@dataclass(frozen=True)
class RoleWords:
    """The word tables roles are read with, beside the shared lexicon."""

    #: Nouns that say nothing without their clause ("the man who ...").
    generic: frozenset[str]
    #: Nouns for people that no suffix gives away ("aunt", "star", "rebel").
    people: frozenset[str]
    #: Endings of nouns for people ("-er", "-ist", "-ian").
    person_suffixes: tuple[str, ...]
    #: Nouns with such an ending that are not people ("number", "event").
    not_people: frozenset[str]
    #: Endings of abstract nouns that such an ending also matches ("-ness", "-ment").
    not_person_endings: tuple[str, ...]
    #: Words that end a title before a name ("Last night", "yesterday").
    temporal: frozenset[str]
    #: "-ing" words that belong to a title ("Acting Director").
    participles: frozenset[str]
    #: Abbreviation (lower case, or in capitals matched only so) -> the word in full.
    abbreviations: dict[str, str]
    #: Given names that are also nouns for people ("Hunter", "Archer").
    noun_given_names: frozenset[str]


@cache
def role_words() -> RoleWords:
    """The role tables of ``titles.yaml``, built once."""
    titles = load_data("titles.yaml")
    return RoleWords(
        generic=frozenset(w.lower() for w in titles["generic"]),
        people=frozenset(w.lower() for w in titles["people"]),
        person_suffixes=tuple(titles["person_suffixes"]),
        not_people=frozenset(w.lower() for w in titles["not_people"]),
        not_person_endings=tuple(titles["not_person_endings"]),
        temporal=frozenset(w.lower() for w in titles["temporal"]),
        participles=frozenset(w.lower() for w in titles["participles"]),
        abbreviations={str(k): str(v) for k, v in titles["abbreviations"].items()}
        | MORE_ABBREVIATIONS,
        noun_given_names=frozenset(w.lower() for w in titles["noun_given_names"]),
    )
