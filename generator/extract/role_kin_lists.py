"""A plural noun of kinship owned by someone, before a list of names: each name's role.

"her sons, Tom, 12, and Ben, 9", "their two young girls - Mia and Ava": every name of the
list is one of the owner's children, also the later ones the parser hangs elsewhere and
those set apart by their ages. "girls" and "boys" owned by a parent are daughters and sons;
"children" and "kids" are children. The list is read by its surface, leftwards from the
name: names, ages, commas, "and" and one dash, up to the noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.family_names import KIN_NOUNS
from generator.extract.role_nouns import singular

__all__ = ["kin_in_list"]

#: Plurals that say kinship only when owned ("her girls"), with the kin each one is.
_OWNED_YOUNG = {
    "girls": "daughter",
    "boys": "son",
    "children": "child",
    "kids": "child",
    "grandchildren": "grandchild",
    "twins": "twin",
}
#: Dashes that may set a list off from its noun.
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: Marks between the names of a list ("Tom, 12, and Ben").
_LIST_MARKS = frozenset({",", "and"})
#: Marks that set the list off from its noun ("sons, Tom", "girls - Mia").
_SET_OFF = frozenset({",", *_DASHES})
#: Possessive pronouns, which the tagger may read as objects ("took her two boys").
_OWNERS = frozenset({"her", "his", "their", "our", "my", "your"})
#: How far back, in tokens, a list may run from a name to its noun.
MAX_LIST_TOKENS = 24
#: Words between an owner and the plural: "her two young girls".
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "young", "little", "grown"})


def _kin_of(noun: Token) -> str | None:
    """The singular kin of a plural noun for relatives ("sons" -> "son"), or None."""
    lower = noun.lower_
    if lower in _OWNED_YOUNG:
        return _OWNED_YOUNG[lower]
    single = singular(lower)
    return single if noun.tag_ == "NNS" and single in KIN_NOUNS else None


def _owner_before(noun: Token) -> bool:
    """Whether a possessive stands before the noun, past counts and words of age: "her",
    "their", "Ann Roe's"."""
    doc = noun.doc
    at = noun.i - 1
    while at >= 0 and (doc[at].lower_ in _COUNT_WORDS or doc[at].like_num):
        at -= 1
    return at >= 0 and (doc[at].tag_ in ("PRP$", "POS") or doc[at].lower_ in _OWNERS)


def _name_word(token: Token) -> bool:
    """Whether a word is part of a listed name: a person's, or a capitalised proper noun
    the model gave no person's label ("Mia", tagged as a body)."""
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.is_title)


def kin_in_list(span: Span) -> str | None:
    """ "son" for "Ben" of "her sons, Tom, 12, and Ben, 9", or None."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = span.start - 1
    dashes = 0
    while at >= 0 and span.start - at <= MAX_LIST_TOKENS:
        token = tokens[at]
        if token.text in _DASHES:
            dashes += 1
        elif not (_name_word(token) or token.text in _LIST_MARKS or token.like_num):
            break
        at -= 1
    if at < 0 or dashes > 1:
        return None
    kin = _kin_of(tokens[at])
    first = tokens[at + 1]
    # set off from the list's first name, or running straight into it; not "his sons
    # and Ann Roe", two parties
    if kin is None or not (_name_word(first) or first.text in _SET_OFF):
        return None
    return kin if _owner_before(tokens[at]) else None
