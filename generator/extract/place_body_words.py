"""Words in and beside a name that make it a body's, not a place's.

A name ending in the word of a company that performs or a corps that serves ("the Dornwick
City Ballet", "in the Royal Lancers") is that body, though its first words name a city and
"in" goes before it. An acronym the text defines after a phrase that is no place is no place
(`place_defined_acronyms`).

A short acronym no table knows as a place, written before a noun of what is staged or aired
that it modifies ("the KTV town hall", "the VRN debate"), is a broadcaster or a body:
places no table knows are seldom written in initials, and "town" after one is the
programme's town hall, not a town. An acronym the tables place is left alone, and so is a
country's or a subdivision's code: "US troops" are American, "NJ officials" the state's.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry
from spacy.tokens import Span

from generator.extract.mentions import ORG, Mention
from generator.extract.place_defined_acronyms import defined_acronym_kind

#: A short acronym: "KTV", "VRN", "A&B". Longer words in capitals are headlines' names.
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,3}")
#: Nouns of what a broadcaster, a paper or a body stages or airs: "the KTV town hall", "a
#: VRN debate". Not any noun: "FTSE index" names a measure, "MO voters" a state's people.
_STAGED = frozenset(
    {"event", "town", "hall", "debate", "broadcast", "show", "programme", "program"}
    | {"interview", "documentary", "series", "concert", "season", "poll", "special"}
)
#: Last words of the names of companies that perform and of corps that serve: "the Dornwick
#: City Ballet", "the Royal Lancers". A name the tables do not place ending in one is that body,
#: though its first words name a city. Not "theatre" or "hall": those are buildings as well.
_BODY_HEADS = frozenset(
    {"ballet", "orchestra", "opera", "philharmonic", "symphony", "choir", "chorale"}
    | {"marines", "guards", "fusiliers", "regiment", "battalion", "lancers", "hussars"}
    | {"dragoons", "commandos", "gurkhas", "rifles"}
)
#: Relations of a word modifying the noun after it.
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


@cache
def _place_codes() -> frozenset[str]:
    """The two-letter codes of countries and of their subdivisions ("NJ" of "US-NJ"), which
    the news writes for the places themselves: "NJ officials". Three letters are a body's
    initials as often as a code."""
    countries = {c.alpha_2 for c in pycountry.countries}
    subdivisions = {s.code.partition("-")[2] for s in pycountry.subdivisions}
    return frozenset(code for code in countries | subdivisions if len(code) == 2)


def _acronym_modifier(span: Span) -> bool:
    """Whether the span is a short acronym, no two-letter code of a country or a subdivision,
    modifying a noun of what is staged or aired after it (`_STAGED`)."""
    if not _ACRONYM.fullmatch(span.text) or span.text in _place_codes():
        return False
    root = span.root
    head = root.head
    return (
        root.dep_ in _MODIFIER_DEPS
        and head.i > root.i
        and head.pos_ == "NOUN"
        and head.is_lower
        and (head.lower_ in _STAGED or head.lower_.removesuffix("s") in _STAGED)
    )


def body_words(mention: Mention) -> bool:
    """Whether a name the tables do not place, and the model did not read as a person, is an
    acronym the text defines after a phrase that is no place (`defined_acronym_kind`), a name
    ending in the word of a company or a corps (`_BODY_HEADS`) or a short acronym modifying a
    noun of what is staged (`_acronym_modifier`); votes so."""
    span = mention.span
    if mention.place is not None or span.label_ == "PERSON":
        return False
    defined = defined_acronym_kind(mention)
    if defined is not None:
        mention.vote(defined, 2.0)  # "the Custody Through Farm Work (CTFW) system": no place
        return True
    if len(span) > 1 and span[-1].is_title and span[-1].lower_ in _BODY_HEADS:
        mention.vote(ORG, 2.0)  # "in the Royal Lancers", "the Dornwick City Ballet": a body
        return True
    if _acronym_modifier(span):
        mention.vote(ORG, 2.0)
        return True
    return False
