"""Words capitalised because they open a sentence, a line or a quotation, not because they
are names: where a sentence starts, and the common words a name-finder reads into a name
there ("Chipmaker Tarvo said", "Digital rights group Open Lines")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from generator.extract.band_votes import OPENING_ENSEMBLES
from generator.extract.doc_words import tokens_of
from generator.extract.gazetteer import WORLD_FAME, gazetteer
from generator.extract.lexicon import lexicon, load_data
from generator.extract.mentions import place_named
from generator.extract.nlp import adjectives, common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun

#: Marks after which a word is capitalised for its place, not for being a name.
_OPENING_MARKS = frozenset({'"', "'", "\u2018", "\u201c", "(", "[", "-", "--", "\u2013", "\u2014"})


def opens_sentence(token: Token) -> bool:
    """Whether a word opens a sentence, a line or a quotation, where any word has a capital."""
    if token.i == 0 or token.is_sent_start:
        return True
    before = tokens_of(token.doc)[token.i - 1]
    return before.is_space or before.text in _OPENING_MARKS


#: Organization head nouns that no person's name follows: "investment bank Tarn Hollis".
BODIES_ONLY = frozenset(
    {"bank", "firm", "company", "carmaker", "automaker", "chipmaker", "airline", "retailer"}
    | {"supermarket", "conglomerate", "brokerage", "insurer", "lender", "startup", "charity"}
    | {"newspaper", "tabloid", "broadsheet", "magazine", "website", "consultancy", "band"}
    | {"housebuilder", "homebuilder", "drugmaker", "toymaker", "planemaker", "bookmaker"}
)


def opened_by_a_body_noun(token: Token) -> bool:
    """Whether a word is a noun no person's name follows, capitalised only because it opens
    the sentence, before a word of a name: "Chipmaker Tarvo said", "Duo Kite Parade"; not the
    first word of a body's own name ("Bank of England", "Charity Commission")."""
    if (
        (token.lower_ not in BODIES_ONLY and token.lower_ not in OPENING_ENSEMBLES)
        or not opens_sentence(token)
        or token.i + 1 >= len(token.doc)
    ):
        return False
    name = token.doc[token.i + 1]
    return name.is_title and name.lower_ not in common_nouns()


def opening_adjective(token: Token) -> bool:
    """Whether a word alone is an English adjective, and no noun, capitalised only because it
    opens the sentence before the lower-case noun it describes: "Digital rights group"."""
    lower, doc = token.lower_, token.doc
    return (
        opens_sentence(token)
        and token.i + 1 < len(doc)
        and doc[token.i + 1].is_lower
        and lower in adjectives()
        and lower not in common_nouns()
    )


def noun_before_famous_place(span: Span, noun_given_names: frozenset[str]) -> bool:
    """Whether a sentence's first word is a common noun that is no given name (nor one of
    ``noun_given_names``: "Hunter"), the words after it a country or a city known the
    world over (`WORLD_FAME`), and all of them modifiers of a common noun after them:
    "Benchmark London cocoa", "Spot Chicago wheat" name a market's goods. No one is named
    so before a noun; the capital is the sentence's ("Dale Paris said" may be a person)."""
    first, rest = span[0], span[1:]
    lower = first.lower_
    if not opens_sentence(first) or lower not in common_nouns() or lower in noun_given_names:
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or not after.is_lower or after.pos_ != "NOUN":
        return False
    if given_name_sex(first.text) is not None:
        return False
    place = place_named(rest.text, lexicon())
    if place is None or place.kind not in ("city", "country"):
        return False
    return place.kind == "country" or gazetteer().fame(rest.text) >= WORLD_FAME


def word_before_given_name(token: Token) -> bool:
    """Whether a sentence's first word stands before a given name as the writer's word for
    the person ("Midfielder Kai Mensah said", "Churchwarden Ann Vell"): no given name
    itself ("Mary Ann Vell"), a word in small letters elsewhere in English, and a common
    given name of one sex after it."""
    doc = token.doc
    if not opens_sentence(token) or token.i + 1 >= len(doc) or not token.is_alpha:
        return False
    if given_name_sex(token.text) is not None or given_name_sex(doc[token.i + 1].text) is None:
        return False
    return token.lower_ in common_nouns() or token.lower_.endswith(_PERSON_ENDINGS)


#: Endings of nouns for people that a dictionary may lack: "midfielder", "campaigner".
_PERSON_ENDINGS = ("er", "ist", "or", "man", "woman", "ian")


@cache
def noun_given_names() -> frozenset[str]:
    """Given names that are nouns for people too ("Hunter", "Victor"): titles.yaml's list."""
    return frozenset(load_data("titles.yaml")["noun_given_names"])


def trade_opener(token: Token) -> bool:
    """ "Comedian Rory Dallin said", "Restaurateur Jo Ames": a sentence's first word that is
    a common noun for a person (in WordNet's nouns, with a person's ending or in the list of
    people nouns) is the writer's word for what the person does, not a first name; given
    names that are such nouns ("Hunter", "Victor") are not cut."""
    lower = token.lower_
    trade = lower in common_nouns() and person_noun(lower)
    return (
        opens_sentence(token)
        and lower not in noun_given_names()
        and (trade or word_before_given_name(token))
    )
