"""Evidence from the shape of a name and the words of the document, not its context.

What the words inside a name say ("Party of Democratic Action", "Norwich
City", "Der Spiegel"); whether the document writes the same word in lower case
elsewhere is `lower_case_votes`'. General word lists only.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_in, tokens_of
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon, cues, normalize, people_nouns
from generator.extract.mentions import ORG, PLACE, WORK, Mention, place_named
from generator.extract.place_compass import CARDINAL_ADJECTIVES, COMPASS_POINTS
from generator.extract.place_sites import SITE_WORDS
from generator.extract.referent_given_names import given_name_sex
from generator.extract.title_qualifiers import SQUAD_ROLES
from generator.extract.typing_plural_bodies import plural_noun_body, surname_after_given_name
from generator.extract.typing_quoted_nicknames import unquoted

_FOREIGN_ARTICLES = frozenset({"der", "die", "das", "le", "la", "les", "il", "lo", "los", "las"})
_POSSESSIVE_DETERMINERS = frozenset({"my", "our", "your", "their", "its"})
#: First words of institutions' names in other languages: "Instituto Cervantes", "Banco X".
_FOREIGN_INSTITUTIONS = frozenset(
    {"instituto", "institut", "universidad", "universidade", "universit\u00e9", "universit\u00e4t"}
    | {"banco", "banque", "partido", "partito", "fundaci\u00f3n", "funda\u00e7\u00e3o", "grupo"}
    | {"museo", "mus\u00e9e", "colegio", "escuela", "escola", "liceo", "lyc\u00e9e", "clube"}
    | {"ministerio", "minist\u00e8re", "asociaci\u00f3n", "federaci\u00f3n", "compa\u00f1\u00eda"}
)
#: The last word of a sports club's name after its town: "Norport City", "Kelby United".
_CLUB_WORDS = frozenset(
    {"city", "united", "rovers", "wanderers", "athletic", "albion", "town", "hotspur", "fc"}
    | {"rangers", "county", "orient", "argyle", "academicals", "thistle"}
)
#: Last words of a place's name that are no surname: "the Otter Cave", "Norport Airport".
_PLACE_ENDINGS = frozenset(
    {"cave", "caves", "airport", "square", "avenue", "boulevard", "canal", "valley", "canyon"}
    | {"desert", "oasis", "island", "islands", "peninsula", "mountains", "stadium", "arena"}
    | {"plaza", "cathedral", "mosque", "harbour", "harbor", "gulf", "ocean", "strait"}
    | {"street", "road", "mine", "palace", "bridge", "station", "prison", "barracks"}
    | {"circle", "terrace", "crescent", "gardens", "falls", "cove", "county", "priory", "pier"}
    | {"republic"}
)
#: Last words of products' and services' names that are no surname: "Orbit Messenger".
_PRODUCT_ENDINGS = frozenset(
    {"live", "online", "mobile", "messenger", "mail", "desktop", "portable", "mini", "shuffle"}
    | {"nano", "browser", "edition", "console", "handheld", "app", "phone", "tablet", "laptop"}
    | {"pro", "plus", "ultra", "lite", "hour"}  # "Kestrel Ultra"; a programme's: "the Sunday Hour"
)
#: Letters after a person's name: honours, offices, degrees, generations.
_POST_NOMINALS = frozenset(
    {"qc", "kc", "mp", "mep", "msp", "ms", "am", "obe", "mbe", "cbe", "kbe", "dbe", "gbe"}
    | {"vc", "gc", "phd", "md", "jp", "ra", "frs", "ii", "iii", "iv", "vi", "jr", "sr", "esq"}
)
#: Company-form words after a place that end a company's name: "of South Africa Ltd".
_CORPORATE_END = frozenset({"ltd", "inc", "corp", "co", "plc", "llc", "ag", "sa", "nv", "group"})


def name_shape_votes(mention: Mention, lex: Lexicon) -> None:
    """Names that cannot be a person's: "Der Spiegel", "Atlas Kenya", "My Turn"."""
    span = mention.span
    words = tokens_in(span)
    if len(span) < 2:
        if _inner_capital(words[0].text):  # the one word's text is the span's
            mention.vote(ORG, 2.0)  # "NewsDesk", "ClickPay": a brand written as one word
        _company_of_place_vote(mention, lex)
        return
    if len(span) > 2 and words[1].lower_ == "of" and words[0].lower_ in _PLACES_OF:
        mention.vote(PLACE, 2.0)  # "City of Dunmore", "Isle of Karra"
    if span.label_ == "PERSON" and words[0].lower_ in _PLACE_OPENERS:
        mention.vote(PLACE, 2.0)  # "Great Kelby", "Greater Dunmore", "St Brennoc"
    first = words[0].lower_
    # A site's name is no body's for the words inside it: "Kelby International Airport",
    # "Los Selvas Central Station" (the body that runs it is named with its own noun).
    site = words[-1].is_title and words[-1].lower_ in SITE_WORDS
    if first in _FOREIGN_ARTICLES and mention.place is None and not site:  # not "Los Angeles"
        mention.vote(ORG, 1.5)  # a newspaper or a company: "Le Temps"
    elif first in _FOREIGN_INSTITUTIONS:
        mention.vote(ORG, 2.0)  # "Instituto Vela", "Banco Santander"
    elif first in _POSSESSIVE_DETERMINERS:
        mention.vote(WORK, 3.0)  # a title: "My Turn"
    elif mention.place is None and (_country_after_a_name(span, lex) or _of_a_nation(span)):
        mention.vote(ORG, 1.5)  # "Skyra Kenya", "Rowing Wales"; not "New Jersey", "Jordan Vale"
    elif normalize(words[0].text) in lex.demonyms and span.label_ == "PERSON":
        mention.vote(ORG, 1.5)  # "Norwegian Kestrel": no one's first name is a nationality
    elif span.label_ in ("PERSON", "ORG") and any(
        t.is_title and normalize(t.text) in lex.demonyms and t.nbor(-1).text != "-"
        for t in words[1:-1]
    ):
        mention.vote(ORG, 1.5)  # "Royal Dutch Petrol": nor a middle name ("Dawn French" ends so)
    # "League for the Return of Fishermen": no person's name; "and" may join two
    # names the model ran together, so it only counts against its PERSON label.
    inner = {t.lower_ for t in unquoted(words[1:-1])}
    joiners = _PERSON_JOINERS if span.label_ == "PERSON" else _JOINERS
    if span.label_ in ("PERSON", "ORG") and inner & joiners:
        mention.vote(ORG, 2.0)
    suffixes = cues().org_suffixes
    if (any(t.lower_ in suffixes for t in words[1:-1]) and not site) or (
        first in suffixes and words[1].lower_ == "of"
    ):
        mention.vote(ORG, 2.0)  # "Democratic Party of Texas", "Party of Democratic Action"
    last = words[-1].text.rstrip(".")
    if (
        span.label_ == "PERSON"
        and words[0].is_title
        and last.isalpha()
        and last.isupper()
        and len(last) > 1
        and last.lower() not in _POST_NOMINALS
    ):
        mention.vote(WORK, 2.0)  # "Orbit VR", "Nomad DS": a product's code, not a surname
    if span.label_ == "PERSON" and words[-1].lower_ in _PRODUCT_ENDINGS and words[-1].is_title:
        mention.vote(WORK, 3.0)  # "Orbit Messenger", "Nova Live": a product or a service
    if span.label_ == "PERSON" and _people_in_plural(words[-1], lex):
        mention.vote(WORK, 3.0)  # "Tory MPs", "Tarn Lads": many people or a body, no one
    if _district(span, lex):
        mention.vote(PLACE, 3.0)  # "Norport South": a constituency or district
    if span.label_ == "PERSON" and ends_like_place(span):
        mention.vote(PLACE, 2.0)  # "the Otter Cave" is no person; "Kansai Airport" may be a company
    _club_vote(mention)
    _company_of_place_vote(mention, lex)


#: Inner words that join the words of a body's name: "League for the Return of Fishermen";
#: "and" may also join two people's names the model ran together, so it counts only
#: against a PERSON label.
_JOINERS = frozenset({"for", "the", "&"})
_PERSON_JOINERS = _JOINERS | {"and"}
#: First words of a place's name before "of": "City of Dunmore", "Republic of Ireland"
#: ("Battle of ...", "House of ..." and "State of ..." also name events and bodies).
_PLACES_OF = frozenset(
    {"city", "town", "village", "district", "region", "province", "county", "borough", "isle"}
    | {"island", "islands", "port", "lake", "bay", "gulf", "cape", "mount", "governorate"}
    | {"municipality", "republic", "kingdom", "emirate", "principality", "duchy"}
)
#: Nations of a country that the country tables do not list ("Clean Air England").
_NATIONS = frozenset({"england", "scotland", "wales"})


def _country_after_a_name(span: Span, lex: Lexicon) -> bool:
    """ "Skyra Kenya": a country's name after another word is a firm's branch there; after
    "of" it is a state's formal name ("Federal Republic of Norland") or left to the words
    before it ("Bank of Norland"); after a given name alone, a surname ("Tom Holland")."""
    if span[0].lower_ in _COMPASS | _QUARTERS or (len(span) == 2 and given_name_sex(span[0].text)):
        return False  # "West Norland", "Northern Norland": a part of a country or a former state
    return any(
        normalize(t.text) in lex.countries and span.doc[t.i - 1].lower_ != "of" for t in span[1:]
    )


#: Adjectives of the compass that open a region's or a former state's name.
_QUARTERS = CARDINAL_ADJECTIVES | {"upper", "lower", "greater"}


def _of_a_nation(span: Span) -> bool:
    """ "Rowing Wales", "Clean Air England": a body; "North Wales" is part of the nation."""
    return span[0].lower_ not in _COMPASS and any(t.lower_ in _NATIONS for t in span[1:])


#: First words of places' names that open no person's name ("Little" and "New" open
#: bands' and singers' names too).
_PLACE_OPENERS = frozenset(
    {"great", "greater", "upper", "lower", "st", "st.", "saint", "fort", "mount", "cape", "county"}
)
#: A word joined to another with a capital: "NewsDesk", "ClickPay"; not "McGarvey",
#: "MacLennan", "LaToya", "DeShawn" (name prefixes of up to two small letters, or these).
_JOINED_WORDS = re.compile(r"^([A-Z][a-z]{2,})[A-Z][a-z]")
_NAME_PREFIXES = frozenset({"mac", "fitz", "van", "von", "vander", "della", "dela"})


def _inner_capital(word: str) -> bool:
    joined = _JOINED_WORDS.match(word)
    return joined is not None and joined.group(1).lower() not in _NAME_PREFIXES


def _people_in_plural(token: Token, lex: Lexicon) -> bool:
    """A plural noun for people or titles: "MPs", "Boys"; not a surname such as "Woods"."""
    word = token.lower_
    if token.tag_ not in ("NNS", "NNPS") or not word.endswith("s"):
        return False
    # "Norland Unionists", "the Loyalists": followers of an -ism are many people, as are
    # the faithful of a religion ("Uighur Muslims").
    return (
        word[:-1] in lex.role_words
        or word[:-1] in people_nouns()
        or word.endswith("ists")
        or word in _FAITHFUL
    )


#: The faithful of the world's religions, in the plural.
_FAITHFUL = frozenset(
    {"muslims", "christians", "jews", "catholics", "protestants", "hindus", "sikhs", "buddhists"}
    | {"mormons", "sunnis", "shias", "shiites", "evangelicals", "anglicans"}
)


#: Last words that divide a place: "Norport South", "Kelby West".
_COMPASS = COMPASS_POINTS | {"central"}
#: Words before a constituency: "MP for Hull West", "who represents", "will visit Hull West".
_DISTRICT_BEFORE = frozenset({"for", "represents", "representing", "represented", "of"})
_DISTRICT_BEFORE |= {"visit", "visits", "visited", "visiting", "toured", "tours", "touring"}


def _district(span: Span, lex: Lexicon) -> bool:
    """ "MP for Leicester South", "who represents Hull West": a place and a compass word.

    A name the model does not call a place needs a word of place or representation
    before it: "Warren", "Austin" and "Jackson" are towns and first names alike.
    """
    last, town = span[-1], span[:-1].text
    if last.lower_ not in _COMPASS or not last.is_title or not town:
        return False
    if place_named(town, lex) is None:
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    placed = span.label_ in ("GPE", "LOC", "FAC")
    return placed or before in _DISTRICT_BEFORE or before in cues().locative


#: Last words of sites' names that are surnames too ("Tobin Hall", "Ann Castle"): a site
#: only where the text puts the name on the map.
_SITE_ENDINGS = frozenset(
    {"park", "castle", "hall", "house", "barn", "bay", "row", "manor", "abbey", "lodge", "farm"}
    | {"gate"}  # "Kelby Gate": a gate or the district named after one ("Gates" is a surname)
)
#: Of those, the ones far more often a site's last word than a person's surname.
_SITES_MORE_THAN_SURNAMES = frozenset({"castle", "barn", "manor", "abbey", "lodge", "farm"})
_SITES_MORE_THAN_SURNAMES |= {"house", "gate"}
#: Words right before a name that put it on the map; "at" is left out ("shouted at").
_SITE_BEFORE = frozenset({"in", "near", "outside", "inside", "into", "off", "around"})
#: Words before "to" that do the same: "near to", "next to", "close to".
_SITE_BEFORE_TO = frozenset({"near", "next", "close"})


def site_votes(mention: Mention, lex: Lexicon) -> None:
    """ "near Kelby Park", "Morwen Castle in Kent", "their home, Dunmore House": a site.

    The last word may end a surname, so the name is a site only when a word of
    place comes before it, a place the tables know follows "in" after it, or it
    stands in apposition to a noun of place.
    """
    span, doc = mention.span, mention.span.doc
    if len(span) < 2 or not span[-1].is_title or span[-1].lower_ not in _SITE_ENDINGS:
        return
    if span.label_ == "PERSON" and span[-1].lower_ in _SITES_MORE_THAN_SURNAMES:
        # "Marden Castle", "Tolley Barn", "the Ames House": outweighs the model's label,
        # not what the text says of a person ("Jo House said she ...").
        mention.vote(PLACE, 2.0)
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in ("'s", "\u2019s"):
        return  # "in Jo Hall's garden"
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    before2 = doc[span.start - 2].lower_ if span.start > 1 else ""
    root = span.root
    if (
        before in _SITE_BEFORE
        or (before == "to" and before2 in _SITE_BEFORE_TO)
        or (root.dep_ == "appos" and root.head.is_lower and _dwelling(root.head, lex))
        or (before == "at" and len(span) > 2)  # "met at Ann Lee Tarn Park", not "at Jo Hall"
    ):
        mention.vote(PLACE, 3.0)
    elif after == "in" and _known_place_at(doc, span.end + 1, lex):
        mention.vote(PLACE, 1.5)  # "Morwen Castle in Kent"; "Jo Hall in Kent said" is Jo


#: Nouns of the places people live, which a site's name stands beside: "their home, Dunmore
#: House" (not place nouns: "the Ames home" is no place called Ames).
_DWELLINGS = frozenset({"home", "residence", "estate", "mansion", "seat", "retreat"})


def _dwelling(token: Token, lex: Lexicon) -> bool:
    return token.lower_ in lex.place_nouns or token.lower_ in _DWELLINGS


def _known_place_at(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Whether up to three capitalised words from ``start`` name a place the tables know."""
    end = start
    while end < min(start + 3, len(doc)) and doc[end].is_title:
        end += 1
    return any(place_named(doc[start:stop].text, lex) is not None for stop in range(end, start, -1))


def ends_like_place(span: Span) -> bool:
    """Whether a name ends in a capitalised word no surname is: "Downing Street", "Otter Cave"."""
    return span[-1].lower_ in _PLACE_ENDINGS and span[-1].is_title


def names_a_body(span: Span) -> bool:
    """Whether a name of several words ends in a word of institutions or places, joins
    words with "of" or "for", or is a department's common words ("Housing Standards"): what
    "Downing Street", "Rights International" or "Friends of the Earth" says, and the "she"
    after it, are a body's."""
    if surname_after_given_name(span):
        return False  # "Tom Mills said she", "Ella Banks said he": a person's surname
    joined = len(span) > 2 and any(t.lower_ in ("of", "for") for t in span[1:-1])
    return (
        joined
        or (len(span) > 1 and (span[-1].lower_ in cues().org_suffixes or ends_like_place(span)))
        or plural_noun_body(span)
    )


def _club_vote(mention: Mention) -> None:
    """ "Norport City", "Kelby United": a town and a club word, which no gazetteer lists whole.

    "Mexico City" and "Kansas City" are places the gazetteer knows. The club
    words are no surnames ("Vale" and "Villa" are, so they are not listed). "County"
    ends a club's name after a British town ("Norport County"); after any other town it
    ends the name of the county around it ("Tarn County" of Kenya or the United States).
    """
    span = mention.span
    if span[-1].lower_ not in _CLUB_WORDS or mention.place is not None:
        return
    town = gazetteer().lookup(span[:-1].text)
    if town is None or gazetteer().lookup(span.text) is not None:
        return
    if span[-1].lower_ == "county" and not (town.kind == "city" and town.country_code == "GB"):
        return  # "Tarn County" of a Kenyan or American town: a county, no club
    mention.vote(ORG, 3.0)


def _company_of_place_vote(mention: Mention, lex: Lexicon) -> None:
    """ "Silver Hills of Canada Ltd": a name, "of", a place and a company-form word."""
    doc, end = mention.span.doc, mention.span.end
    tokens = tokens_of(doc)
    if end + 2 >= len(tokens) or tokens[end].lower_ != "of":
        return
    for stop in range(end + 2, min(end + 6, len(tokens))):
        if tokens[stop].lower_.rstrip(".") in _CORPORATE_END and tokens[stop].text[:1].isupper():
            place = doc[end + 1 : stop].text
            if place_named(place, lex) is not None:
                mention.vote(ORG, 3.0)
            return


def team_votes(mention: Mention, lex: Lexicon) -> None:
    """ "Norwich striker Ian Moss": the name right before a player's role is a club.

    Only when a person's name follows the role, so "Ian Moss, manager" and
    "Norwich manager" alone stay as the other evidence has them. A title written
    in capitals between a body and a person counts too: "Hale Fire Deputy Director
    Jo Ames" (no person's name runs into another's title).
    """
    span, doc = mention.span, tokens_of(mention.span.doc)
    if span.end + 1 >= len(doc):
        return
    title_end = span.end
    while title_end < len(doc) and doc[title_end].is_title and _title_word(doc[title_end], lex):
        title_end += 1
    follower = doc[title_end] if title_end < len(doc) else None
    if (
        title_end > span.end
        and mention.place is None
        and follower is not None
        and follower.ent_type_ == "PERSON"
        and (follower.ent_iob_ == "B" or doc[title_end - 1].ent_type_ == "PERSON")
    ):
        mention.vote(ORG, 3.0)
        return
    role = doc[span.end].lower_
    boss = role in _BOSSES and mention.place is None  # "Texas governor" is a place's
    if role not in SQUAD_ROLES and not boss:
        return
    at = (
        span.end + 2
        if role == "chief" and doc[span.end + 1].lower_ == "executive"
        else span.end + 1
    )
    follower = doc[at] if at < len(doc) else None
    if follower is not None and follower.ent_type_ == "PERSON" and follower.ent_iob_ == "B":
        mention.vote(ORG, 3.0)  # also "Skyra boss Jo Ames", "Skyra chief executive Jo Ames"


#: Words that grade a title: "Assistant Deputy Director", "Acting Chief".
_GRADES = frozenset({"assistant", "deputy", "acting", "senior", "vice", "associate", "interim"})


def _title_word(token: Token, lex: Lexicon) -> bool:
    return token.lower_ in lex.role_words or token.lower_ in _GRADES


#: Heads and staff of a firm named after it: "Skyra boss Jo Ames", "Hale analyst Jo Ames".
_BOSSES = frozenset(
    {"boss", "bosses", "founder", "co-founder", "chairman", "chairwoman", "owner", "chief"}
    | {"ceo", "president", "analyst", "economist", "strategist", "spokesman", "spokeswoman"}
    | {"spokesperson", "trader"}
)
