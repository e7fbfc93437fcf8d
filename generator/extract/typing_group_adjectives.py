"""A people's adjective before a noun of things names no group: "Arab countries", "the
European elections", "a Hindu temple".

The tables read "Arab", "European" or "Muslim" as their people, which is right before a
noun of people ("Arab diplomats", "young Muslim men", "the Jewish community") and wrong
before a noun of things or of states: the countries, elections or temples are not the
people's members. So a group written only as a singular adjective modifying a lower-case
common noun that is no noun of people, nor of a people's whole ("community", "vote"), is
dropped. The plural written on its own ("Arabs say") is always a group. General word lists
only.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import person_noun
from generator.extract.mentions import GROUP, Mention
from generator.extract.role_nouns import person_noun as people_word
from generator.extract.role_nouns import singular

#: Nouns of a people as a whole, or of its members together: "the Muslim community", "the
#: Jewish vote", "the Alawite sect", "Jewish support", "Kurdish forces", "an Islamist alliance".
PEOPLES_WHOLES = frozenset(
    {"community", "communities", "population", "populations", "diaspora", "vote", "votes"}
    | {"electorate", "minority", "minorities", "majority", "public", "people", "peoples"}
    | {"world", "youth", "descent", "origin", "origins", "heritage", "background"}
    | {"group", "groups", "movement", "movements", "faction", "factions", "tribe", "tribes"}
    | {"clan", "clans", "militia", "militias", "family", "families", "sect", "sects", "support"}
    | {"force", "forces", "troops", "army", "armies", "rebels", "fighters", "militants"}
    | {"alliance", "alliances", "coalition", "coalitions", "party", "parties", "network"}
    | {"organisation", "organisations", "organization", "organizations", "networks"}
)
#: How a people's adjective hangs on the noun it modifies.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _noun_of_people(noun: Token) -> bool:
    lower = noun.lower_
    return (
        lower in PEOPLES_WHOLES
        or person_noun(noun)
        or people_word(lower)
        or people_word(singular(lower))
    )


def _adjective_of_a_thing(mention: Mention) -> bool:
    """Whether a group's writing is a singular adjective before a lower-case noun of things:
    "Arab countries", "European elections"."""
    span = mention.span
    if mention.kind != GROUP or len(span) != 1:
        return False
    word = span[0]
    if word.lower_.endswith("s") or word.dep_ not in _MODIFIER_DEPS:
        return False
    noun = word.head
    if noun.i <= word.i or noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    # "Sunni rebel forces": a noun of people between the adjective and its noun counts too.
    return not any(_noun_of_people(t) for t in span.doc[word.i + 1 : noun.i + 1])


def without_groups_of_things(mentions: list[Mention]) -> list[Mention]:
    """The mentions without the groups that a people's adjective before a noun of things
    made (see the module's doc)."""
    return [m for m in mentions if not _adjective_of_a_thing(m)]
