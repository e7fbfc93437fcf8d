"""Roles whose words before the person noun join two things by "and": "a cash and carry
manager", "a bed and breakfast owner". The parser often reads the first thing as the
appositive's head and the rest as a second phrase joined to it ("cash" and "carry
manager", with "carry" a verb), so the phrase of the first thing names no one and the
person noun is lost; here the role runs on from the appositive's words, across the "and"
and the words after it written without a break, to the noun for a person they end on.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import Lexicon
from generator.extract.role_nouns import names_someone
from generator.extract.role_phrases import role_phrase, trim, write_role

__all__ = ["joined_by_and"]

#: Most words from the appositive's head to the person noun: "bed and breakfast owner".
MAX_JOINED_WORDS = 4
_ANDS = frozenset({"and", "&"})


def joined_by_and(head: Token, skip: range, lex: Lexicon) -> str | None:
    """ "cash and carry manager from Leeds" of an appositive headed by "cash": its words
    up to the head, "and", then words with no mark between up to a noun for a person,
    with what that noun's phrase goes on with; None when the text is not so."""
    doc = head.doc
    if names_someone(head, lex) or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in _ANDS:
        return None
    end = head.i + 2
    while end < len(doc) and end - head.i <= MAX_JOINED_WORDS:
        word = doc[end]
        if not (word.is_alpha or word.text == "-") or word.i in skip:
            return None
        if word.pos_ == "NOUN" and names_someone(word, lex):
            break
        end += 1
    else:
        return None
    noun = doc[end]
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "bed and breakfast owner association": the noun is not the last
    before = write_role(trim([t for t in doc[head.left_edge.i : noun.i] if t.i not in skip]))
    rest = role_phrase(noun, skip, lex)
    if not before or not rest or not rest.startswith(noun.text):
        return None
    return f"{before} {rest}"
