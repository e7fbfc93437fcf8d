"""Sites named after a place, read whole: "the Kelby Stadium", "Tarnby Racecourse".

The model often reads only the place in a site's name ("Kelby" of "the Kelby Stadium",
a country's short name of "the Emirates Stadium") and leaves the site's noun out, so the
site became the place, or the country, it is named after; or it reads the whole as a
person ("Tarnby Racecourse"), though a name ends in such a noun only as a surname after a
first name ("Bob Castle"). A name that ends
in a site's noun (`SITE_NAME_WORDS`) is the site, a place of its own: its country is the
town's in its name (`place_sites`) or the story's. The capitals must end with the noun:
"the Kelby Airport Authority" is a body. So too a firm's name that a country's opens and
a company's word ends ("Emirates Airline", "Tarland Group"): the firm, not the country.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.place_sites import SITE_WORDS
from generator.extract.place_works_names import works_names
from generator.extract.referent_given_names import given_name_sex
from generator.extract.sentence_openers import trade_opener
from generator.extract.shapes import ends_like_place

#: Last words of a site's name: those that stand in a town (`SITE_WORDS`) and a sports
#: ground's ("Kelby Oval").
SITE_NAME_WORDS = SITE_WORDS | frozenset({"ground", "oval"})
#: The model's labels of a place a site is named after.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: A company's words: the place before them names a firm ("Emirates Airline", "Tarland
#: Group"). Not the words of public bodies, sectors and outlets, which follow a country's
#: name as a description ("U.S. Government", "U.S. Intelligence", "U.S. Television").
_FIRM_WORDS = frozenset(
    {"inc", "corp", "corporation", "co", "ltd", "plc", "llc", "lp", "group", "holdings"}
    | {"holding", "airlines", "airline", "airways", "bank", "ag", "sa", "nv", "gmbh", "bhd"}
    | {"spa", "pty", "company", "companies", "industries", "motors", "motor", "technologies"}
    | {"systems", "securities", "partners", "associates", "bancorp", "insurance", "petroleum"}
    | {"mining", "steel", "chemicals", "pharmaceuticals", "telecom", "studios", "electric"}
    | {"mills", "foods", "stores", "brands", "labs", "ventures", "brothers", "bros", "sons"}
)
#: Most capitalised words between a place and its site's noun: "Kelby Memorial Stadium".
_MAX_WORDS_BETWEEN = 2


def site_names(spans: list[Span]) -> list[Span]:
    """The spans, a place's followed by capitalised words in no entity that end in a site's
    noun extended over them (as an organization when a company's word ends them), and a
    person's that ends in a site's noun the shape votes do not weigh (`ends_like_place`:
    "Racecourse", "Castle"), as sites (label FAC)."""
    out = []
    for span in works_names(spans):  # "the Kelby West copper mine"
        if (
            span.label_ == "PERSON"
            and _site_word(span[-1])
            and not ends_like_place(span)
            and not _given_name_and_surname(span)
        ):
            # the shape votes weigh "Kelby Airport" read as a person already
            out.append(Span(span.doc, span.start, span.end, label="FAC"))
            continue
        if span.label_ not in _PLACE_LABELS:
            out.append(span)
            continue
        end = _name_end(span, _site_word)
        if end is not None:
            out.append(Span(span.doc, span.start, end, label="FAC"))
            continue
        end = _name_end(span, _firm_word)
        out.append(Span(span.doc, span.start, end, label="ORG") if end is not None else span)
    return out


def _given_name_and_surname(span: Span) -> bool:
    """Whether a person's name is a given name of one sex and one word, perhaps after the
    writer's word for what the person does: "Bob Castle", "Retiree Bob Castle". A site's
    noun is then a surname ("Castle", "Palace"): sites are named after places and full
    names, not after a first name alone."""
    words = list(span)
    if len(words) == 3 and trade_opener(words[0]):
        words = words[1:]
    return len(words) == 2 and given_name_sex(words[0].text) is not None


def _site_word(token: Token) -> bool:
    """Whether a word is a site's noun written as a name's: "Stadium", "Racecourse"."""
    return token.is_title and token.lower_ in SITE_NAME_WORDS


def _firm_word(token: Token) -> bool:
    """Whether a word is a company's word written as a name's: "Airline", "Group"."""
    return token.is_title and token.lower_ in _FIRM_WORDS


def _name_end(span: Span, last_word: Callable[[Token], bool]) -> int | None:
    """The end of a name that the place ``span`` opens and a word ``last_word`` accepts
    ends, the capitals ending there, or None."""
    doc = span.doc
    tokens = tokens_of(doc)
    i = span.end
    while (
        i < len(doc)
        and i - span.end <= _MAX_WORDS_BETWEEN
        and tokens[i - 1].whitespace_
        and tokens[i].is_title
        and tokens[i].is_alpha
        and tokens[i].ent_iob_ == "O"
    ):
        i += 1
        if last_word(tokens[i - 1]):
            return None if _name_goes_on(doc, i) else i
    return None


def _name_goes_on(doc: Doc, end: int) -> bool:
    """Whether a name goes on past token ``end``: a capitalised word follows, or "of" or
    "for" and one ("the Kelby Academy of Arts", "the Tarn Institute for Peace")."""
    tokens = tokens_of(doc)
    after = tokens[end] if end < len(doc) else None
    if after is None or not tokens[end - 1].whitespace_:
        return False
    if after.is_title:
        return True
    joined = after.lower_ in ("of", "for") and end + 1 < len(doc)
    return joined and tokens[end + 1].is_title
