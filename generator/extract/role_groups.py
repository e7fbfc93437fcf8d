"""Roles shared with a group: "Tom Ames" in "other harbour pilots, including Tom Ames".

A name listed after "including", "such as" or "like" under a plural noun for people is
one of them: "harbour pilot" for "Jo Roe" in "Three harbour pilots, including Jo Roe and
Ed Poe, were fined", and in "harbour pilots like Jo Roe". `roles` keeps it as one more
place a role is stated.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.role_nouns import names_someone, singular
from generator.extract.role_phrases import role_phrase, role_words

__all__ = ["group_of", "listed_under"]

#: Marks that set a list of names off after the noun for them.
_LIST_MARKS = frozenset({",", "-", "\u2013", "\u2014", ":"})

#: Words before a group's noun that count its members, not say what they are.
_COUNTING = frozenset(
    {"other", "several", "many", "some", "few", "various", "numerous", "fellow", "both", "all"}
)
#: Numbers written in letters that count a group ("her two sons").
_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)


def _listing(pobj: Token) -> Token | None:
    """The "including", "like" or "as" (of "such as") whose object is ``pobj``, or None."""
    prep = pobj.head
    if pobj.dep_ != "pobj":
        return None
    if prep.lower_ == "including" or (prep.lower_ == "like" and prep.pos_ == "ADP"):
        return prep
    doc = pobj.doc
    if prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such":
        return prep
    return None


def _group(prep: Token) -> Token | None:
    """The noun right before the list (or the one its "of" phrase ends, "members of the
    public"), which the parse holds the list from or joins by "and" to what holds it
    ("She and other pilots, including ...")."""
    doc = prep.doc
    at = prep.i - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1
    if prep.lower_ == "as":
        at -= 1  # "such"
    if at < 0:
        return None
    noun = doc[at]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == prep.head:
        noun = prep.head  # "members of the public, including ..."
    return noun if noun == prep.head or noun in prep.head.conjuncts else None


def group_of(span: Span, lex: Lexicon) -> str | None:
    """ "harbour pilot" in "other harbour pilots, including Jo Roe," or "harbour pilots
    such as Ed Poe and Jo Roe": the plural noun for people the name is listed under,
    in the singular and without words that count them ("other", "several")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.ent_type_ == "PERSON":
        root = root.head  # "including Ed Poe and Jo Roe"
    prep = _listing(root)
    if prep is None:
        return None
    group = _group(prep)
    if group is None or group.tag_ != "NNS" or group.pos_ != "NOUN" or group.ent_type_:
        return None
    if not names_someone(group, lex, plural=True):
        return None
    if any(t.dep_ == "cc" for t in group.lefts for t in t.subtree):
        return None  # "shows by a circus and A-list stars, including": whose is which
    start = prep.i - 1 if prep.lower_ == "as" else prep.i
    return _one_of_them(group, range(start, prep.right_edge.i + 1), lex)


def listed_under(span: Span, lex: Lexicon) -> str | None:
    """ "son" in "her sons, Tom and Jo Ames," or "her two sons - Tom, 9, and Jo, 7 -": the
    plural noun for people that a list of names is set off after, in the singular and
    without words that count them; each name of the list is one of them."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.ent_type_ == "PERSON":
        root = root.head
    group = root.head
    doc = span.doc
    if root.dep_ != "appos" or group.i >= root.i or group.tag_ != "NNS" or group.ent_type_:
        return None
    start = root.left_edge.i
    if start == 0 or doc[start - 1].text not in _LIST_MARKS or doc[start - 1].i != group.i + 1:
        return None  # "her sons, Tom and Jo": the list right after the noun
    if not names_someone(group, lex, plural=True) or names_someone(group, lex):
        return None
    return _one_of_them(group, range(start - 1, root.right_edge.i + 1), lex)


def _one_of_them(group: Token, skip: range, lex: Lexicon) -> str | None:
    """The phrase of a plural noun for people, outside ``skip``, as one of them: in the
    singular, without counting words ("other", "two") and not a generic noun."""
    role = role_phrase(group, skip, lex, said=True)
    if not role:
        return None
    words = role.split()
    while words and (words[0].lower() in _COUNTING or words[0].isdigit() or _number(words[0])):
        words = words[1:]
    if group.text not in words:
        return None
    at = words.index(group.text)
    words[at] = singular(group.text)
    if words[at].lower() in role_words().generic:
        return None
    return " ".join(words)


def _number(word: str) -> bool:
    """Whether a word is a number written in letters ("two", "three")."""
    return word.lower() in _NUMBERS
