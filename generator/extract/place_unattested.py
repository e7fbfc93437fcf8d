"""One-word "places" that nothing but the model's label calls a place.

The model labels many unknown capitalised words GPE or LOC: a firm ("a Tarnwell report"),
a programme ("Breakfast with Jo"), a film ("Quillby won best screenplay"), an illness
("Quillvax deaths"), a person ("the dictator Varga's country"). A real place the gazetteer
does not know is still written as a place: after a preposition ("in Kelby", "the troop of
Kelby"), with a place noun ("the Kelby region", a vote of `place_votes`), in a list after
a place, as "the" + a location ("the Quellic") or as a short abbreviation ("NY"). A
one-word name with none of this is not published as a place: a non-place on a country hub
is worse than a missed village. Nor is the short form of a longer name of the story ("the
Palace" after "Kelby Palace"), which the longer one already publishes, nor a language's
name ("written in Hindi"), which a preposition opens as often as a place's, nor a plural
noun opening a sentence ("Shoppers in Kelby and Tarnby said"), nor two names and "and" that no
table knows as one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import pycountry
from spacy.tokens import Span

from generator.extract.doc_words import lower_at, token_at
from generator.extract.gazetteer import WORLD_FAME, gazetteer
from generator.extract.lexicon import lexicon, normalize
from generator.extract.mentions import MODEL_KINDS, ORG, PLACE, Mention
from generator.extract.nlp import common_noun_plural
from generator.extract.place_hyphened_towns import town_shaped
from generator.extract.place_name_pieces import name_pieces

#: Short all-capital forms ("NY", "LA") are state and city abbreviations as often as not.
_ABBREVIATION_LETTERS = 3
#: Votes this weak for an abbreviation are those of "in AI", "into AI": an abbreviation no
#: place's initials spell (`_place_abbreviation`) is as often a field as a place after "in".
_WEAK_VOTES = 1.5


def unattested_places(
    mentions: Iterable[Mention], kinds: dict[str, str], evidence: dict[str, dict[str, float]]
) -> set[str]:
    """The normalised names ``kinds`` makes places that no mention supports: one word (not a
    hyphened town's, "Kelby-on-Sea"), no gazetteer or table entry, no vote for a place,
    never after a preposition, never listed after a place ("Kelby, Tarnshire", "Kelby and
    Wennet"), never an abbreviation or "the" + a name the model calls a location; and
    those only ever written inside a longer name (`name_pieces`: "at Quarnford College")."""
    keyed = ((normalize(m.text), m) for m in mentions)
    places = [(key, m) for key, m in keyed if kinds.get(key) == PLACE]
    story = frozenset(_initials(m.text) for key, m in places if " " in key)
    attested = {
        key
        for key, m in places
        if m.place is not None
        or evidence.get(key, {}).get(PLACE, 0.0) > (_WEAK_VOTES if _abbreviation(m.text) else 0)
        or " " in key
        or town_shaped(m.text)
        or _placed(m, story)
    }
    place_ends = {m.span.end - 1 for key, m in places if key in attested}
    listed = {key for key, m in places if _listed_after_place(m, place_ends)}
    languages = {key for key, m in places if m.place is None and key in _language_names()}
    unattested = {key for key, _ in places} - attested - listed
    nouns = _opening_plurals(places)
    joined = _joined_lists(places)
    return (
        unattested | languages | nouns | joined | _short_forms(places, kinds) | name_pieces(places)
    )


def _joined_lists(places: list[tuple[str, Mention]]) -> set[str]:
    """ "Places" of two names and "and" that no table knows and the model never labelled a
    place ("Varnak and Tarnby", read as a title): a place's own name holds "and" only when
    the tables know it ("Trinidad and Tobago"), so these are names listed together, which
    a list's vote alone made one place."""
    found: dict[str, bool] = {}
    for key, mention in places:
        span = mention.span
        joined = " and " in span.text and mention.place is None
        found[key] = found.get(key, True) and joined and MODEL_KINDS.get(span.label_) != PLACE
    return {key for key, joined in found.items() if joined}


def _opening_plurals(places: list[tuple[str, Mention]]) -> set[str]:
    """One-word "places" no table knows, each of whose writings opens its sentence as the
    plural of an English common noun: "Shoppers in Kelby and Tarnby said", where the parse
    lists the noun with the towns. The capital is the sentence's, not a name's."""
    found: dict[str, bool] = {}
    for key, mention in places:
        span = mention.span
        word = span[0]
        plural = len(span) == 1 and mention.place is None and common_noun_plural(word.lower_)
        found[key] = found.get(key, True) and plural and bool(word.is_sent_start)
    return {key for key, plural in found.items() if plural}


@cache
def _language_names() -> frozenset[str]:
    """The normalised names of the languages with a two-letter ISO 639-1 code, the ones news
    writes of ("Hindi", "Urdu", "Swahili"); "Panjabi; Punjabi" gives both."""
    return frozenset(
        normalize(name)
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
        for name in language.name.split(";")
    )


def _short_forms(places: list[tuple[str, Mention]], kinds: dict[str, str]) -> set[str]:
    """One-word "places" that are the short form of a longer place or body of the story,
    always written after "the": "the Palace" after "Kelby Palace", "the University"
    after "Tarnby University", "the City" after "City of Kelby", though the gazetteer knows
    a town of that name. A country, region or subdivision is meant by its own name ("the
    Crimea" after "Republic of Crimea"), and so is what the model calls a location ("the
    Norvane" beside "Kelby Norvane", an airline named after the sea)."""
    ends: set[str] = set()
    for key, kind in kinds.items():
        words = key.split()
        if len(words) > 1 and kind in (PLACE, ORG):
            ends.add(words[-1])
            if words[1] == "of":
                ends.add(words[0])
    candidates: dict[str, list[Mention]] = {}
    for key, mention in places:
        if key in ends:
            candidates.setdefault(key, []).append(mention)
    lex = lexicon()
    return {
        key
        for key, found in candidates.items()
        if lex.place(found[0].text) is None
        and gazetteer().subdivision(found[0].text) is None
        and all(lower_at(m.span.doc, m.span.start - 1) == "the" for m in found)
        and all(m.span.label_ != "LOC" for m in found)
    }


def _placed(mention: Mention, story: frozenset[str] = frozenset()) -> bool:
    """Whether one mention is written the way a place is: after a preposition ("in Kelby",
    "off the Kelby coast"), as the abbreviation of a place (`_place_abbreviation`: "NY"),
    or as "the" + a location ("the Quellic"). ``story``: the initials of the story's places
    of more than one word."""
    span = mention.span
    text = mention.text
    doc = span.doc
    if _abbreviation(text):
        return _place_abbreviation(text, story) and not _abbreviated_thing(span)
    at = span.start - 1
    if at >= 0 and doc[at].lower_ == "the":
        if span.label_ == "LOC":
            return True
        at -= 1
    return at >= 0 and doc[at].pos_ == "ADP"


def _abbreviation(text: str) -> bool:
    """Whether a name is a short all-capital form (`_ABBREVIATION_LETTERS`): "NY", "AI"."""
    return text.isupper() and len(text.replace(".", "")) <= _ABBREVIATION_LETTERS


def _place_abbreviation(text: str, story: frozenset[str]) -> bool:
    """Whether an abbreviation spells the initials of a place: one the story names ("KV"
    beside "Kelby Vale") or one the tables know (`_known_initials`: "NY", "HK", "NSW").
    "AI" or "EV" spells none: a field or a thing, though written after "in" as a place is."""
    letters = text.replace(".", "")
    return letters in story or letters in _known_initials()


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: "New South Wales" -> "NSW"."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())


#: A city of fewer people is seldom abbreviated, however well known.
_ABBREVIATED_CITY = 500_000
#: Initials this long are few enough to be read as any subdivision's; shorter ones only as
#: those of a country whose states news abbreviates (`state_abbreviations.yaml`).
_SUBDIVISION_INITIALS = 3


@cache
def _known_initials() -> frozenset[str]:
    """The initials of the places news abbreviates: countries, large cities known the world
    over (`_ABBREVIATED_CITY`, `WORLD_FAME`: "SF", not Alba Iulia's "AI"), the states of
    countries whose states news abbreviates ("BC") and other subdivisions of three words or
    more ("NSW")."""
    table, lex = gazetteer(), lexicon()
    abbreviating = {place.country_code for place in lex.state_abbreviations.values()}
    names = [place.name for place in lex.countries.values()]
    names += [
        entry[1]
        for entry in table.cities.values()
        if entry[0] >= _ABBREVIATED_CITY and entry[3] >= WORLD_FAME
    ]
    names += [
        place.name
        for place in table.subdivisions.values()
        if place.country_code in abbreviating or len(_initials(place.name)) >= _SUBDIVISION_INITIALS
    ]
    found = (_initials(name) for name in names)
    return frozenset(initials for initials in found if len(initials) > 1)


def _abbreviated_thing(span: Span) -> bool:
    """Whether an abbreviation is written after an adjective, as a thing's is ("the local
    ER", "a faulty QX"), not a place's."""
    before = token_at(span.doc, span.start - 1)
    return before is not None and before.pos_ == "ADJ"


def _listed_after_place(mention: Mention, place_ends: set[int]) -> bool:
    """Whether the mention follows a place the text supports, a comma or "and" between:
    "Leeds, Tarnshire", "Kelby, Wennet, Tarvik", "Kelby and Wennet"."""
    at = mention.span.start - 1
    doc = mention.span.doc
    return at >= 1 and doc[at].lower_ in _LIST_WORDS and at - 1 in place_ends


#: What stands between two names of a list.
_LIST_WORDS = frozenset({",", "and", "&"})
