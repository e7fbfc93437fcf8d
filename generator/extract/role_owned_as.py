"""A post told by an "as" phrase of something the person has: "Jo Roe's tenth month as home
secretary", "Jo Roe meets his hardest week as home secretary".

The "as" phrase hangs from a noun the name owns, or that "his" or "her" owns in a sentence
that names no one else; its noun must be a title ("as home secretary"), so a judgement ("his
reputation as a hero") or a bond ("his duty as a father") gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.pronoun_forms import DETERMINER_SEX
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_context import ents_of
from generator.extract.role_nouns import is_role_word, names_someone
from generator.extract.role_phrases import role_phrase
from generator.extract.role_quoted import in_quote
from generator.extract.sentence_index import sentence_of

__all__ = ["owned_as"]


def _owned(span: Span, lex: Lexicon) -> Iterator[Token]:
    """Nouns the name owns ("month" of "Jo Roe's tenth month"), then nouns a "his" or "her"
    after the name owns when its sentence names no other person, nor a noun for one before
    the pronoun, the given name says no other sex ("Ann Roe attacked his record as mayor"
    is of someone else's record) and no quote holds it (a speaker's "his" is another's)."""
    root = span.root
    if root.dep_ == "poss":
        yield root.head
    sentence = sentence_of(span)
    others = [e for e in ents_of(sentence) if e.label_ == "PERSON" and e.start != span.start]
    if others:
        return
    sex = given_name_sex(span.text)
    for token in sentence:
        if token.i < span.end:
            continue
        owner = DETERMINER_SEX.get(token.lower_)
        if owner and token.dep_ == "poss" and sex in (None, owner) and not in_quote(token):
            yield token.head
        if names_someone(token, lex):
            return  # "Roe said the suspect must answer for his status as ...": the suspect's


def owned_as(span: Span, lex: Lexicon) -> str | None:
    """ "home secretary" of "Jo Roe meets his hardest week as home secretary"; or None."""
    for noun in _owned(span, lex):
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            post = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if post is not None and post.pos_ == "NOUN" and is_role_word(post, lex):
                return role_phrase(post, range(span.start, span.end), lex)
    return None
