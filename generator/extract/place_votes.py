"""Evidence that a name is a place, from the words around it.

"in Pittsburgh" (a place the tables know), "the capital Grozny", "the Karameh
border crossing", "the oasis of Zelta", "Pittsburgh, Pennsylvania", "Kelby
Head, five miles from Port Selby"; a dateline's place. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import lower_at as _lower
from generator.extract.doc_words import token_at as _token
from generator.extract.doc_words import words_of
from generator.extract.gazetteer import county_named
from generator.extract.lexicon import (
    Lexicon,
    cues,
    occupations,
    people_nouns,
    person_noun,
)
from generator.extract.mentions import ORG, PERSON, PLACE, WORK, Mention
from generator.extract.nlp import common_nouns, span_text
from generator.extract.place_between import route_end
from generator.extract.place_body_names import body_name_votes
from generator.extract.place_body_words import body_words
from generator.extract.place_clubs import club_votes
from generator.extract.place_compass import COMPASS_POINTS
from generator.extract.place_compounds import only_in_modifiers
from generator.extract.place_cross_streets import cross_street
from generator.extract.place_direction_words import direction_adjective
from generator.extract.place_events import event_named
from generator.extract.place_facility_sites import site_stands_at
from generator.extract.place_given_names import after_given_name, listed_with_people
from generator.extract.place_land_after import land_form_after
from generator.extract.place_line_heads import line_head_places
from generator.extract.place_listed_towns import listed_after_locative
from generator.extract.place_noun_words import place_noun
from generator.extract.place_outlets import outlet_named
from generator.extract.place_owned_names import country_owned
from generator.extract.place_passive_speakers import passive_speaker
from generator.extract.place_person_possessors import person_possessor
from generator.extract.place_regions_after import QUALIFIER_ENDS, region_at
from generator.extract.place_sites import site_named
from generator.extract.place_unlabelled_streets import STREET
from generator.extract.place_vessels import named_vessel
from generator.extract.place_wide_regions import wide_part, wide_region


def place_votes(mention: Mention, lex: Lexicon, datelines: set[int]) -> None:
    """Votes for a place from the words around a name ("in Pittsburgh", "the town Kehl")."""
    span, doc = mention.span, mention.span.doc
    mention.place = wide_region(span, mention.place, lex) or mention.place
    part = wide_part(mention.text, lex) if mention.place is None else None
    if part is not None:
        mention.place = part
        mention.vote(PLACE, 2.0)  # "across the North Caucasus", which the model made a body
    county = county_named(" ".join(span_text(span).split()))
    if county is not None:
        mention.place = county
        mention.vote(PLACE, 3.0)  # "Ireland's County Meath": the county, whatever the model read
    if span.start in datelines or line_head_places(doc).get(span.start) == span.end:
        mention.vote(PLACE, 4.0)  # a dateline's place; "Kelby: 62.3 per 100,000.", one a line
        return
    if after_given_name(span):
        mention.vote(PERSON, 2.0)  # "Whig Neil Preston": a surname, its first name left out
        return
    if listed_with_people(span):
        mention.vote(PERSON, 4.0)  # "named as Marta, Kelsa and Jo": friends, no places
        return
    if direction_adjective(span):
        mention.vote(WORK, 5.0)  # "the Eastern bloc" cut to "Eastern": an adjective, no name
        return
    if _common_word_opening_sentence(mention):
        mention.vote(WORK, 5.0)  # "Husband is hiding inside" beside "her husband": no name
        return
    if named_vessel(mention):
        mention.vote(WORK, 5.0)  # "the battleship Nebraska": a ship, whatever the tables say
        return
    if cross_street(span):
        # "on Cooper Avenue at York": a street of the story's town, not the gazetteer's York
        mention.place = None
        mention.vote(PLACE, 1.0)
        return
    if span.label_ != "PERSON" and _told(span):
        # "she told the Harbourer", "he told BBC One's Sunrise": a paper, broadcaster or its
        # programme hears what is said, never a place, which the model often makes it
        mention.vote(WORK if _owned_by_body(span) else ORG, 2.0)
        return
    if span.label_ != "PERSON" and _speaks_for_a_body(mention, lex):
        # "Downing Street said", as "the White House said": the ones who work there speak
        mention.vote(ORG, 2.0)
        return
    if outlet_named(mention) or body_words(mention) or person_possessor(mention):
        return  # "confirmed to Kelby Live", "the KTV town hall", "Velmara's Jo Bell": bodies
    if event_named(mention):
        return  # "during the Velby Ridge Fire": an event
    club_votes(mention)  # "Tarnby were beaten 2-1": a town's club in a match report
    body_name_votes(mention)  # "with Tarnco, Velmar and Dornix": a list of firms
    after = _token(doc, span.end)
    land = span.label_ != "PERSON" and land_form_after(span)
    if country_owned(mention, lex) and not (
        land or (after and after.is_lower and _place_noun(after, lex))
    ):
        mention.vote(ORG, 2.0)  # "Chile's Kelmar": a firm; "Chile's Kelmar region" a place
    root = span.root
    head = root.head
    known = mention.place is not None
    bonus = 1.0 if known else 0.0
    before = _token(doc, span.start - 1)
    if (known or site_named(span)) and before is not None and before.lower_ in cues().locative:
        mention.vote(PLACE, 2.0)  # "in Tarnovo Selo 70 km north", however it is parsed
    elif (
        before is not None
        and before.is_lower
        and _place_noun(before, lex)
        and not _modifies_later_noun(root, span)  # "a port Varnox screening plan"
    ):
        mention.vote(PLACE, 2.0 + bonus)  # "the capital Grozny", "the town Kehl"
    elif _modified_place_noun(root, lex) and not _members_of(span, head):
        # "the Karameh border crossing"; "the Kelby and Tarvik provinces", whose first name
        # the noun is read through the second; "GCC states" are members
        mention.vote(PLACE, 2.0 + bonus)
    elif _apposed_place_noun(span, lex):
        mention.vote(PLACE, 2.0 + bonus)  # "the capital, Kelby,", "Haj Tarn, a border post"
    elif root.dep_ == "pobj" and head.lower_ == "of" and _place_noun(head.head, lex):
        mention.vote(PLACE, 2.0 + bonus)  # "the oasis of Zelta", "the towns of Varnholm"
    elif root.dep_ == "pobj" and head.lower_ in cues().locative:
        if known or site_stands_at(span, lex):  # "a gas plant at Kelby": a site's place
            mention.vote(PLACE, 2.0)  # "in Pittsburgh"
        elif len(span) == 1 and span.label_ != "ORG":
            mention.vote(PLACE, 0.75)  # "near Kelby": people are rarely "near"
    elif known and root.dep_ == "conj" and _listed_after_locative(root):
        mention.vote(PLACE, 2.0)  # "in Kelby and Daloa", the model reading a person
    elif known and listed_after_locative(span):
        mention.vote(PLACE, 2.0)  # "shoppers in Tarnby and Kelby", the parse hanging it elsewhere
    elif root.dep_ == "pobj" and head.lower_ in ("to", "on") and (known or site_named(span)):
        mention.vote(PLACE, 1.5)  # "a move to Kecskemet", "the attack on Arbil"
    if land and not _modified_place_noun(root, lex):
        mention.vote(PLACE, 2.0 + bonus)  # "across the Tarvik plain", "the Kelby and Marrow fields"
    if _lower(doc, span.start - 1) == "for" and _lower(doc, span.start - 2) in _MEMBERS:
        mention.vote(PLACE, 3.0)  # "the MP for Welby Hatton": a constituency
    if _lower(doc, span.end) == "-" and _lower(doc, span.end + 1) == "based":
        mention.vote(PLACE, 3.0)  # "the Kelby-based games maker": where a firm is
    if (known or span.label_ in ("GPE", "LOC")) and only_in_modifiers(span):
        mention.vote(WORK, 10.0)  # "the Kelby-based firm" alone: a modifier, no place
    if _near_object(root):
        mention.vote(PLACE, 1.5)  # "near Kelby Tal and Varnek": only places are near
    if known and route_end(span):
        mention.vote(PLACE, 2.0 + bonus)  # "sailings between Kelby and Tarnholm"
    if _named_as_land(span):
        mention.vote(PLACE, 1.5)  # "Arnhem Land", "the Tarvik Peninsula": a land's own name
    if _home_after_age(doc, span.start):
        mention.vote(PLACE, 3.0)  # "Jo Ames, 40, of Kelby St Mary": where she lives
    if _at_a_distance(doc, span.end):
        mention.vote(PLACE, 3.0)  # "near Kelby Head, five miles from Port Selby"
    if (
        mention.place is not None
        and mention.place.kind in ("region", "country")
        and _qualifies_a_place(span)
    ):
        mention.vote(PLACE, 3.0)  # "Jo Ames, of Ashby, Devon, said": the town's county
    if _lower(doc, span.end) == ",":
        follower = _token(doc, span.end + 1)
        # Not a list of names: "Ana Ruiz, Kerry Vance" (the model's person span goes on).
        if follower is not None and follower.text[:1].isupper() and not _opens_a_name(follower):
            region = region_at(doc, follower.i, lex)
            if region is not None and region.kind in ("region", "country"):
                mention.vote(PLACE, 3.0 if known else 1.5)  # "Pittsburgh, Pennsylvania"


def _qualifies_a_place(span: Span) -> bool:
    """Whether a region's name comes after a place the model tagged and a comma, and ends its
    phrase: "from Ashby, Devon, said", "in Vellton, Georgia." Not "In Tarvik, Victoria said",
    where the name is the subject of the verb after it."""
    doc = span.doc
    before = _token(doc, span.start - 2)
    return (
        _lower(doc, span.start - 1) == ","
        and before is not None
        and before.ent_type_ in ("GPE", "LOC")
        and _lower(doc, span.end) in QUALIFIER_ENDS
    )


def _listed_after_locative(root: Token) -> bool:
    """Whether a name is the object of a locative preposition, itself or through the names
    it is listed with: "in Kelby", "in Kelby and Daloa" (the model may read the second a
    person; what is listed after "in" is one more place)."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in cues().locative


#: Prepositions whose objects are places, not people or bodies.
_NEAR = frozenset({"near", "outside"})


def _near_object(root: Token) -> bool:
    """Whether a name is the object of "near" or "outside", itself or through the names it is
    listed with: "near Kelby Tal", "near Kelby Tal and Varnek"."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in _NEAR


#: Last words of a land's or a water's own name: "Arnhem Land", "the Tarvik Peninsula".
_LAND_ENDINGS = frozenset(
    {"land", "peninsula", "valley", "desert", "coast", "mountains", "hills", "heights"}
    | {"plateau", "basin", "delta", "strait", "straits", "sea", "gulf", "lake", "ocean"}
    | {"highlands", "plain", "plains", "canyon", "glacier", "reef", "archipelago", "steppe"}
)
#: Last words of a land a state keeps, after "National" or "State" ("Tarvik National Seashore",
#: "Kelby State Refuge"); alone they may end a club's name ("Kelby Forest").
_RESERVE_ENDINGS = frozenset({"forest", "park", "monument", "seashore", "preserve", "refuge"})


def _named_as_land(span: Span) -> bool:
    """Whether a name of two words or more that the model read as a body's, a building's or a
    people's ends in a capitalised word for a land or a water (`_LAND_ENDINGS`), or for a
    reserve after "National" or "State" ("Tarvik National Seashore"). Not a person's ("rapper
    Siren Coast"), nor a place's, which needs no more."""
    last = span[-1]
    reserve = len(span) > 2 and span[-2].text in ("National", "State")
    return (
        len(span) > 1
        and span.label_ in ("ORG", "FAC", "NORP")
        and last.is_title
        and (last.lower_ in _LAND_ENDINGS or (reserve and last.lower_ in _RESERVE_ENDINGS))
    )


def _common_word_opening_sentence(mention: Mention) -> bool:
    """A capitalised common noun that opens a sentence, that no table or gazetteer knows as
    a place and that the text also writes in lower case: "Husband is hiding inside" beside
    "her husband". The capital is the sentence's; a place's name is not written in lower case."""
    span = mention.span
    if len(span) != 1 or mention.place is not None or span.label_ not in ("GPE", "LOC"):
        return False
    word = span[0]
    opener = word.is_sent_start or (
        word.i > 0 and word.doc[word.i - 1].is_quote and bool(word.doc[word.i - 1].is_sent_start)
    )
    lower = word.lower_
    return (
        bool(opener)
        and lower in common_nouns()
        and any(at != word.i for at in words_of(word.doc).positions.get(lower, ()))
    )


def _modified_place_noun(token: Token, lex: Lexicon) -> bool:
    """Whether a name's word modifies a place noun after it, itself or through the names it
    is listed with: "the Karameh crossing", "the Kelby and Tarvik provinces"."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    noun = token.head
    return token.dep_ in ("compound", "nmod") and noun.i > token.i and _place_noun(noun, lex)


def _apposed_place_noun(span: Span, lex: Lexicon) -> bool:
    """Whether the parse sets a place noun beside the name, a comma between: "the capital,
    Kelby," or "Haj Tarn, a border post in the north". A noun in lower case only, and only
    the head of the apposition: "Jo Ames, a prison officer" is an officer. A noun of people
    that also marks a place before its noun ("the Zelta refugee camp") names a person here:
    "Ann Roke, a refugee who works in Kelby," is a refugee."""
    doc, root = span.doc, span.root
    head = root.head
    before = (
        root.dep_ == "appos"
        and head.i == span.start - 2
        and doc[span.start - 1].text == ","
        and _place_word(head, lex)
    )
    return before or (
        _lower(doc, span.end) == ","
        and any(c.dep_ == "appos" and c.i > span.end and _place_word(c, lex) for c in root.children)
    )


def _place_word(token: Token, lex: Lexicon) -> bool:
    """Whether an apposition's head is a place noun in lower case and no noun of people
    (kin, plain words or trades: "refugee", "wife")."""
    if not token.is_lower or not _place_noun(token, lex):
        return False
    return not person_noun(token) and token.lower_ not in people_nouns()


def _modifies_later_noun(root: Token, span: Span) -> bool:
    """Whether a name is one more modifier of a noun after it, as the place noun before it
    is then too: "a port Varnox screening plan" is a plan, not a port."""
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end


#: Forms of "tell"; the pipeline has no lemmatizer.
_TELL = frozenset({"tell", "tells", "told", "telling"})


def _told(span: Span) -> bool:
    """Whether a name is the one told something: "told the Harbourer", "told Tarnmail"."""
    root = span.root
    return root.dep_ in ("dobj", "dative") and root.head.lower_ in _TELL


def _speaks_for_a_body(mention: Mention, lex: Lexicon) -> bool:
    """Whether a street or a building (the model's or `unlabelled_streets`' "FAC") that no
    gazetteer lists as a town is the subject of a verb of saying: "Downing Street said" is
    those who work there. A country or a city that speaks ("Kelby said") stays a place, as
    the news writes it."""
    span = mention.span
    root = span.root
    says = root.dep_ == "nsubj" and root.head.lower_ in lex.reporting_verbs
    if not (says or passive_speaker(root, lex.reporting_verbs)):  # "criticised by X"
        return False
    building = span.label_ == "FAC" or STREET.fullmatch(span.text) is not None
    return building and (mention.place is None or mention.place.kind == "other")


def _owned_by_body(span: Span) -> bool:
    """Whether a body's possessive comes before the name: "BBC One's Sunrise", a programme."""
    mark = _token(span.doc, span.start - 1)
    if mark is None or mark.tag_ != "POS":
        return False
    return any(word.ent_type_ == "ORG" for word in mark.head.subtree)  # "BBC One" in full


def _home_after_age(doc: Doc, start: int) -> bool:
    """Whether a name follows a person's age, or a noun of people, and "of" or "from", as
    British papers give a home town: "Jo Ames, 40, of Kelby", "Jo Ames, 40, from Kelby", "the
    retired nurse, from Kelby"."""
    if start < 4 or _lower(doc, start - 1) not in ("of", "from"):
        return False
    comma, age, before = doc[start - 2], doc[start - 3], doc[start - 4]
    if comma.text == "," and _person_described(age):
        return True  # "the 52-year-old plumber, from Kelby": a noun of people, set off
    return comma.text == "," and age.text.isdigit() and len(age.text) <= 3 and before.text == ","


def _person_described(noun: Token) -> bool:
    """Whether a word is a noun of people or a trade ("pensioner", "photographer") after
    "the", "her" or an age ("the 49-year-old photographer"): someone whose home is said
    next."""
    if noun.tag_ != "NN" or not (person_noun(noun, strict=True) or noun.lower_ in occupations()):
        return False
    before = noun.doc[max(noun.i - 5, 0) : noun.i]
    return any(t.lower_ in _DESCRIBERS for t in before)


#: Words that open a noun of people described rather than named: "the", "her", "-old".
_DESCRIBERS = frozenset({"the", "a", "an", "her", "his", "their", "my", "our", "old"})


def _members_of(span: Span, noun: Token) -> bool:
    """ "GCC states", "SADC states": a body's initials before its member states, not a place
    ("LAX airport" is one)."""
    letters = span.text.replace(".", "")
    initials = len(span) == 1 and letters.isalpha() and letters.isupper() and len(letters) >= 2
    return initials and noun.lower_ in ("state", "states")


#: Members of a parliament, whose "for" names their constituency.
_MEMBERS = frozenset({"mp", "mps", "msp", "mep", "mla", "mpp", "tds", "td"})
#: Units of distance on the map.
_DISTANCES = frozenset(
    {"mile", "miles", "km", "kilometres", "kilometers", "kilometre", "kilometer", "metres"}
    | {"meters", "yards", "feet"}
)


def _at_a_distance(doc: Doc, end: int) -> bool:
    """Whether a distance from or of another place follows a name: "X, five miles from Y",
    "X, 70 km north of Y"; people are not measured so."""
    at = end + 1 if _lower(doc, end) == "," else end
    if _lower(doc, at + 1) not in _DISTANCES:  # the unit's word first: no Token to make
        return False
    number = _token(doc, at)
    if number is None or not number.like_num:
        return False
    after = _lower(doc, at + 2)
    if after in _COMPASS_WORDS:
        after = _lower(doc, at + 3)
    return after in ("from", "of", "away")


_COMPASS_WORDS = COMPASS_POINTS | {"outside", "inland"}


def _opens_a_name(token: Token) -> bool:
    """Whether a word is the first of a person's name of several words ("Kerry Vance")."""
    after = _token(token.doc, token.i + 1)
    return token.ent_type_ == "PERSON" and after is not None and after.ent_iob_ == "I"


def _place_noun(token: Token, lex: Lexicon) -> bool:
    """A place noun, or its plural: "towns", "cities"; not "refugees" (`place_noun`)."""
    return place_noun(token, lex)
