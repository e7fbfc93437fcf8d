"""Two nouns for people before two names: "Husband and wife Tom and Ann Vell"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon
from generator.extract.name_spans import entity_span
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import names_someone, person_noun, singular

__all__ = ["NOT_PAIRED", "paired_title", "plural_before_pair"]

#: Returned when the name is not one of a pair under a pair of nouns.
NOT_PAIRED = "\0"


def _person_at(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _noun(token: Token, lex: Lexicon) -> bool:
    """A singular noun for a person; the model may tag a capitalised one opening the
    sentence as a place ("Husband and wife ...")."""
    singular = token.pos_ in ("NOUN", "PROPN") and token.tag_ not in ("NNS", "NNPS")
    return singular and (names_someone(token, lex) or person_noun(token.lower_))


def paired_title(span: Span, lex: Lexicon) -> str | None:
    """The noun in its place for each of two names joined by "and" after two nouns for
    people joined by "and": the first noun is the first name's, the second the second's.
    ``NOT_PAIRED`` when the words before the names are no such pair."""
    doc = span.doc
    tokens = tokens_of(doc)
    end, start = span.end, span.start
    if end + 1 < len(doc) and tokens[end].lower_ == "and" and _person_at(tokens[end + 1]):
        first, place = start, 0
    elif start >= 2 and tokens[start - 1].lower_ == "and" and _person_at(tokens[start - 2]):
        first, place = entity_span(tokens[start - 2]).start, 1
    else:
        return NOT_PAIRED
    if first < 3 or tokens[first - 2].lower_ != "and":
        return NOT_PAIRED
    nouns = (tokens[first - 3], tokens[first - 1])
    if not all(_noun(noun, lex) for noun in nouns):
        return NOT_PAIRED
    if first - 3 > 0 and _noun(tokens[first - 4], lex):
        return None  # "aunt and uncle" after another noun: no clear pairing
    return nouns[place].text


def plural_before_pair(span: Span, lex: Lexicon) -> str | None:
    """ "sister" for "Mary Pryce" in "sisters Dolly and Mary Pryce": a plural noun for people
    before a given name and the name of one surname is each one's, however the parse hung
    them; None when the words before the name are no such run."""
    doc = span.doc
    start = span.start
    if start < 3 or doc[start - 1].lower_ != "and":
        return None
    given, noun = doc[start - 2], doc[start - 3]
    known = given.ent_type_ == "PERSON" or given_name_sex(given.text) is not None
    if not (given.is_title and given.is_alpha and known):
        return None
    if noun.tag_ != "NNS" or not noun.is_lower or not names_someone(noun, lex, plural=True):
        return None
    return singular(noun.lower_)
