"""Offices named with "of" or "for" right before a name: "Secretary of State Jo Ames".

`office_of` finds the title word that opens such an office; `role_titles` reads the
words before it as the rest of the role."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon
from generator.extract.name_spans import entity_span
from generator.extract.role_courtesy import unprefixed_start
from generator.extract.role_nouns import is_role_word

__all__ = ["office_of"]

#: Words of an office named before a name ("Secretary for Business and Trade").
MAX_OFFICE_WORDS = 4
#: Parts of an office joined by "of" or "for" ("Minister of Works for Harbours").
MAX_OFFICE_PARTS = 2
_OFFICE_JOINS = frozenset({"the", "and", "&"})


def office_of(span: Span, lex: Lexicon) -> int | None:
    """The title word of "Secretary of State", "Minister for Health" or "Archbishop of
    Canterbury" right before a name, whose capitalised office runs up to the name."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = unprefixed_start(span, lex) - 1
    for _ in range(MAX_OFFICE_PARTS):
        office = 0
        while at > 0 and office < MAX_OFFICE_WORDS:
            token = tokens[at]
            # a seat the model ran into the person's name ("MP for Kelby North Tim Rudd")
            # is the office's; a person's name apart from this one ends it
            other = token.ent_type_ == "PERSON" and entity_span(token).end <= span.start
            if other or not (token.is_title or token.lower_ in _OFFICE_JOINS):
                break
            at -= 1
            office += 1
        # "of the Exchequer" may start with a join; an office may not ("the Acme Jo Roe").
        joined = tokens[at + 1].lower_ in _OFFICE_JOINS and tokens[at].lower_ not in ("of", "for")
        if office == 0 or joined:
            return None
        if at < 1 or tokens[at].lower_ not in ("of", "for") or not _capital(tokens[at - 1]):
            return None
        if is_role_word(tokens[at - 1], lex):
            return at - 1
        at -= 1  # "Works" of "Minister of Works for ...": the office goes on before it
    return None


def _capital(token: Token) -> bool:
    """Whether a word is written with a capital, as an office's title is: "Minister", "MP"."""
    return token.is_title or (token.is_upper and token.is_alpha)
