"""The country of a place no table lists, from the place the text puts it in: "Kelby Wood
in France", "Tarn Prison in London", "a Kelby Tower near Moscow", "the Kelby copper mine in
Peru", "Peru's Kelby island", "Kelby, a region of Peru", "Kelby, in southern Peru", "the Kelby
province of Peru".

A wood, a prison or a consulate the tables lack would take the country most of its story's
places are in, or none; the text often says where it is. A place written right before
"in", "near" or "outside" and a country, or a city known the world over, is in that
country. A lesser town is no evidence here: a town of its name abroad may be meant ("Kelby
Hall in Norfolk" is no place of Virginia), and which one the story means is settled only
later, by all its places (`place_countries`).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import lower_at, token_at
from generator.extract.gazetteer import WORLD_FAME, directions_only, gazetteer
from generator.extract.lexicon import Place, lexicon
from generator.extract.mentions import place_named
from generator.extract.place_compass import CARDINAL_POINTS, COMPASS_ADJECTIVES, COMPASS_POINTS
from generator.extract.place_owned_names import possessive_country
from generator.extract.place_towns import same_names

#: Words that put the place before them in or by the place after them.
_WITHIN = frozenset({"in", "near", "outside"})
#: Most words of the name after the word.
_NAME_WORDS = 3
#: Most small words between a site's name and its "in": "the Kelby copper mine in Peru".
_NOUN_WORDS = 3
#: Nouns of a site that the tables' place nouns lack: "the Kelby nickel project in Peru".
_SITE_NOUNS = frozenset(
    {"project", "deposit", "concession", "plant", "refinery", "smelter", "terminal", "block"}
    | {"operation", "operations", "pit", "shaft", "well", "wells", "complex", "facility"}
)
#: Nouns of a mine, a field or a works named after a town: "the Kelby gold mine" is no town.
WORKS_NOUNS = frozenset(
    {"mine", "mines", "oilfield", "oilfields", "gasfield", "field", "fields", "project"}
    | {"deposit", "concession", "refinery", "smelter", "pit", "shaft", "well", "wells"}
)


def place_it_is_in(span: Span) -> Place | None:
    """The country, or city known the world over, written after a place's name and "in",
    "near" or "outside" ("Kelby Wood in France"), the longest name first, or the country
    whose possessive stands before it and a site's noun after it (`_owned_site`: "Peru's
    Kelby island"), at the first of its mentions that has one."""
    for mention in same_names(span):
        found = _place_it_is_in_here(mention) or _owned_site(mention)
        if found is not None:
            return found
    return _country_opening_sentence(span)


#: Most words between a sentence's "In" and its country: "In neighbouring Peru,".
_OPENING_WORDS = 2


def _country_opening_sentence(span: Span) -> Place | None:
    """The country a sentence opens with as its setting ("In neighbouring Peru, the Kelby
    field ..."), for a place the tables lack in that sentence: the text sets it there."""
    sent = span.sent
    if sent.start == span.start or sent[0].lower_ != "in":
        return None
    lex = lexicon()
    for comma in range(sent.start + 2, min(sent.start + 3 + _OPENING_WORDS, span.start)):
        if span.doc[comma].text != ",":
            continue
        for start in range(sent.start + 1, comma):
            found = lex.place(span.doc[start:comma].text)
            if found is not None and found.kind == "country":
                return found
        return None
    return None


def _place_it_is_in_here(span: Span) -> Place | None:
    """`place_it_is_in` at one mention."""
    doc = span.doc
    noun_end = _after_site_noun(span)
    after: int | None = noun_end
    if lower_at(doc, noun_end) == ",":
        after = _after_apposition(span, noun_end + 1)  # "Kelby, a region of Peru"
    elif (
        lower_at(doc, noun_end) == "of" and noun_end == span.end and not directions_only(span.text)
    ):
        # "of" places a name only after a place's noun ("the Kelby province of"), or a name of
        # directions alone ("the South East of England")
        return None
    if after is None or lower_at(doc, after) not in _WITHIN | {"of"}:
        return None
    at = after
    start = _after_setting_words(span, at + 1)  # "in southern Peru"
    stop = start
    while stop < start + _NAME_WORDS and (word := token_at(doc, stop)) and word.is_title:
        stop += 1
    for end in range(stop, start, -1):
        found = place_named(doc[start:end].text, lexicon())
        if found is None or found.country_code is None:
            continue
        if found.kind in ("country", "region"):
            return found  # "Kelby Cove in Cornwall": a county or state says where, as a country
        famous = gazetteer().fame(doc[start:end].text) >= WORLD_FAME
        return found if found.kind == "city" and famous else None
    return None


#: Words between "in" and the country that say where in it: "in southern Peru".
_SETTING_WORDS = (
    COMPASS_POINTS
    | COMPASS_ADJECTIVES
    | {"central", "-", "rural", "neighbouring", "neighboring", "coastal", "remote"}
)
#: Most such words: "in the remote north-eastern" is four tokens ("north", "-", "eastern").
_SETTING_WORD_COUNT = 4
#: Most words of the noun phrase an apposition names the place by: "a small mountain town".
_APPOSITION_WORDS = 4


#: The compass's nouns of "in the north of Peru".
_COMPASS_NOUNS = CARDINAL_POINTS | {"centre", "center"}


def _after_setting_words(span: Span, start: int) -> int:
    """Where the name after "in" starts, past the words that say where in it it is: "in
    southern Peru", "in the north of Peru"."""
    doc = span.doc
    if lower_at(doc, start) == "the" and lower_at(doc, start + 2) == "of":
        compass = token_at(doc, start + 1)
        return start + 3 if compass is not None and compass.text in _COMPASS_NOUNS else start
    at = start
    # In small letters only: "in South Africa" and "in East London" name the place itself.
    while at < start + _SETTING_WORD_COUNT and (word := token_at(doc, at)) is not None:
        if word.text not in _SETTING_WORDS:
            break
        at += 1
    return at


def _after_apposition(span: Span, start: int) -> int | None:
    """Where the word that puts a place in another stands after a comma: at "in" itself
    ("Kelby, in southern Peru"), or after an apposition naming a place by its noun ("Kelby,
    a region of Peru", "Kelby, a small town near Lima"); None if there is none."""
    doc, nouns = span.doc, lexicon().place_nouns
    if lower_at(doc, start) in _WITHIN:
        return start
    if lower_at(doc, start) not in ("a", "an"):
        return None
    for at in range(start + 1, start + 1 + _APPOSITION_WORDS):
        word = token_at(doc, at)
        if word is None or not word.is_lower or not word.is_alpha:
            return None
        if word.lower_ in nouns and lower_at(doc, at + 1) in _WITHIN | {"of"}:
            return at + 1
    return None


def named_works(place: Place, span: Span) -> Place:
    """A town or region of the gazetteer whose name a mine, field or works bears ("the Kelby
    gold mine in Peru", "the Kelby oilfield"): the site, a place of kind other in the
    country the text puts it in (`place_it_is_in`, a country's possessive before it), or of
    the story's, not the town abroad. A country's name before such a noun stays the country
    ("Peru's mines"), and so does a town after "a" ("a Kelby coal mine")."""
    end = _after_site_noun(span)
    if place.kind not in ("city", "region") or end == span.end:
        return place
    last, after = span.doc[end - 1], token_at(span.doc, end)
    if last.lower_ not in WORKS_NOUNS or (after is not None and after.tag_.startswith("NN")):
        return place
    if lower_at(span.doc, span.start - 1) in ("a", "an"):
        return place  # "a Kelby coal mine" is a mine in Kelby, not one named after it
    within = place_it_is_in(span) or _owning_country(span)
    return Place(span.text, "other", within.country_code if within is not None else None)


#: Most adjectives between a country's possessive and the site: "Peru's southern Kelby field".
_OWNER_ADJECTIVES = 2


def _owning_country(span: Span) -> Place | None:
    """The country whose possessive stands before a site's name, perhaps over an adjective
    or two: "Peru's southern Kelby copper mine" is in Peru."""
    doc = span.doc
    at = span.start - 1
    while at > span.start - 1 - _OWNER_ADJECTIVES and at >= 0 and doc[at].tag_ == "JJ":
        at -= 1
    return possessive_country(doc, at, lexicon())


def _owned_site(span: Span) -> Place | None:
    """The country whose possessive stands before a name that a site's noun in small letters
    follows: "Peru's Kelby island oil terminal". Without the noun, a country's possessive
    before a place's name is as often a likeness ("Vellmark's own Kelby Bay")."""
    return _owning_country(span) if _after_site_noun(span) > span.end else None


def _after_site_noun(span: Span) -> int:
    """Where the words after a name end when they are a site's noun in small letters and the
    nouns or adjectives before it ("copper mine", "nickel project"): the site is the name's,
    so where the site is, the name is. Otherwise the name's own end."""
    doc, lex = span.doc, lexicon()
    end = span.end
    for i in range(span.end, min(span.end + _NOUN_WORDS, len(doc))):
        word = doc[i]
        if not word.is_lower or not word.is_alpha or word.tag_ not in ("NN", "NNS", "JJ"):
            break
        if word.lower_ in lex.place_nouns or word.lower_ in _SITE_NOUNS:
            end = i + 1
    return end
