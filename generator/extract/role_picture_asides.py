"""A description after a picture's aside: "Jo Roe, 34, pictured, a nurse at Kelby General,"
and "Jo Roe, 34, (pictured) a nurse ...".

Picture pages point at a photo from inside a sentence ("pictured", "(left)", "(above)").
Between an age and the description the aside breaks the parse, which then hangs the
description from the verb or reads it as a clause of its own, so no appositive is found.
Read here by the words: after the name come only commas, brackets, an age and the aside's
words, then an article and the phrase of a noun for a person."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.role_nouns import names_someone
from generator.extract.role_phrases import role_phrase

__all__ = ["after_picture_aside"]

#: Words that point at a photo from inside a sentence.
_ASIDE_WORDS = frozenset(
    {"pictured", "left", "right", "above", "below", "centre", "center", "inset", "top"}
)
#: Marks that set the aside and an age off.
_ASIDE_MARKS = frozenset({",", "(", ")", "[", "]"})
#: Words that open the description after the aside.
_ARTICLES = frozenset({"a", "an", "the"})
#: How many words the aside, the age and their marks may take.
MAX_ASIDE_WORDS = 8


def _aside_end(span: Span) -> int | None:
    """Index of the first word after the marks, age and aside words that follow the name,
    when an aside word is among them and a comma or bracket closes them; else None."""
    doc = span.doc
    at = span.end
    pointed = False
    while at < len(doc) and at - span.end < MAX_ASIDE_WORDS:
        token = doc[at]
        if token.lower_ in _ASIDE_WORDS:
            pointed = True
        elif token.text not in _ASIDE_MARKS and not (token.like_num and token.is_digit):
            break
        at += 1
    if not pointed or at >= len(doc) or doc[at - 1].text not in _ASIDE_MARKS:
        return None
    return at


def _described_noun(article: Token) -> Token | None:
    """The noun an article after the aside opens, or the noun its owner's name is of ("the
    club's coach"), when the parse hangs the article from a noun after it."""
    noun = article.head
    if noun.dep_ == "poss" and noun.head.i > noun.i:
        noun = noun.head  # "the club's coach": the article opens the owner's name
    if article.dep_ != "det" or noun.i <= article.i or noun.pos_ != "NOUN":
        return None
    return noun


def after_picture_aside(span: Span, lex: Lexicon) -> str | None:
    """ "nurse at Kelby General" of "Jo Roe, 34, pictured, a nurse at Kelby General, said",
    or None when no aside stands right after the name or no description follows it."""
    at = _aside_end(span)
    if at is None or span.doc[at].lower_ not in _ARTICLES:
        return None
    noun = _described_noun(span.doc[at])
    if noun is None or not names_someone(noun, lex):
        return None
    return role_phrase(noun, range(span.start, span.end), lex)
