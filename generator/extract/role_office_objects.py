"""Bare offices whose phrase names whom or what the post serves, right before a name.

"counselor to the president Jo Roe", "senior adviser to the prime minister Jo Roe",
"chief of staff Jo Roe", "chair of governors Jo Roe": a title word written bare, as a
title before a name is (no article, no owner), whose phrase by "to", "of" or "for" ends on
the word right before the name. The post is the name's, not the object's: had the name
been the president's, news copy would have written "President Jo Roe". With an article the
phrase is a description of someone else ("a friend of the singer Jo Roe": Jo Roe is the
singer), which is left to the other readings.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.family_names import KIN_NOUNS
from generator.extract.lexicon import Lexicon
from generator.extract.role_nouns import is_role_word, names_someone, person_noun, singular

__all__ = ["bare_office_start"]

_LINKS = frozenset({"to", "of", "for"})
#: Dependents that make a title word a description rather than a title ("a", "his").
_DESCRIBED = frozenset({"det", "poss", "nummod", "predet"})
#: Words that may stand between "the" and the served post's noun ("the prime minister").
_SERVED_WORDS = frozenset({"amod", "compound"})
#: A collective noun for a body's people that an office of "of" heads ("chief of staff").
_COLLECTIVES = frozenset({"staff", "personnel"})


def _bare(title: Token) -> bool:
    """Whether a title word has no article or owner of its own, nor does the title it is
    joined to by "and" ("press officer and counselor to ...")."""
    head = title
    while head.dep_ == "conj" and head.head.i < head.i:
        if any(c.dep_ in _DESCRIBED for c in head.children):
            return False
        head = head.head
    return not any(c.dep_ in _DESCRIBED for c in head.children)


def _title_word(token: Token, lex: Lexicon) -> bool:
    """Whether a singular word may head a post ("counselor", "chief", "chair"), no kin."""
    return (
        token.tag_ in ("NN", "NNP")
        and token.lower_ not in KIN_NOUNS
        and (is_role_word(token, lex) or names_someone(token, lex))
    )


def _served_by_the(link: Token, last: Token) -> bool:
    """Whether the words from ``link`` up to ``last`` are "the", then words in lower case
    of one noun phrase that ends on ``last``, a noun: "to the prime minister"."""
    doc = last.doc
    words = doc[link.i + 1 : last.i + 1]
    if len(words) < 2 or words[0].lower_ != "the" or words[0].head != last:
        return False
    inner = words[1:-1]
    return (
        last.dep_ == "pobj"
        and last.head == link
        and last.pos_ in ("NOUN", "PROPN")  # "president" may be tagged a proper noun
        and last.is_lower
        and all(t.is_lower and t.is_alpha and t.dep_ in _SERVED_WORDS for t in inner)
    )


def _people_of(link: Token, last: Token) -> bool:
    """Whether ``last`` is the bare plural or collective for a body's people right after
    "of": "chief of staff", "chair of governors", "head of trustees"."""
    if link.lower_ != "of" or last.i != link.i + 1 or not last.is_lower:
        return False
    if last.lower_ in _COLLECTIVES:
        return True
    return last.tag_ == "NNS" and person_noun(singular(last.lower_))


def _listed_after(span: Span) -> bool:
    """Whether the name opens a list of names ("twins Jo and Amy Roe"), whose plural noun
    before it is the listed people's."""
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in span.root.children)


def bare_office_start(span: Span, end: int, lex: Lexicon) -> int | None:
    """Where a bare office whose phrase ends right before the name starts: the index of
    "counselor" of "counselor to the president Jo Roe", or None. ``end`` is where the
    name starts once courtesy titles are left out."""
    doc = span.doc
    tokens = tokens_of(doc)
    if end < 3:
        return None
    last = tokens[end - 1]
    # "trustees" of "chair of trustees Jo Roe" may be hung into the name as a compound
    link = last.head if last.dep_ == "pobj" else tokens[end - 2]
    if link.lower_ not in _LINKS or link.dep_ != "prep":
        return None
    # the word before the link, whether the parser hangs the link from it or from the
    # verb ("named press officer and counselor to the governor Jo Roe")
    title = tokens[link.i - 1]
    if not _title_word(title, lex) or not _bare(title):
        return None
    if title.i > 0 and tokens[title.i - 1].lower_ in ("a", "an", "the"):
        return None  # an article the parser left unattached
    if _served_by_the(link, last) or (_people_of(link, last) and not _listed_after(span)):
        return title.i
    return None
