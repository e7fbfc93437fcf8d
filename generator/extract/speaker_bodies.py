"""A body that news names in lower case by the words before its noun.

British news writes many public bodies as a noun with modifiers rather than as a name
("the Norport harbour works committee", "the Tarn select committee") and then refers
back with the bare noun ("the committee said"). No entity owns such a phrase, so the
bare noun finds no organization before it. The phrase names the body when one of its
modifiers is a proper noun, also through a common noun's possessive ("the Dorne
prosecutor's office"); the bare noun refers back to the latest such phrase of the same
noun, through the bare mentions between (`quote_issuers.same_noun_back`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.quote_issuers import same_noun_back
from generator.extract.speech import definite

#: Dependencies by which the words before a noun name it ("Norport harbour works").
_MODIFIER_DEPS = frozenset(["compound", "amod", "nmod"])


def body_phrase(noun: Token) -> Span | None:
    """The words that name a body in a noun's own phrase: the noun with the modifiers
    right before it, when one of them is a capitalised proper noun ("the Tarn select
    committee" -> "Tarn select committee"); None for a bare or generic noun ("the local
    council")."""
    doc = noun.doc
    start = noun.i
    while start > 0:
        before = doc[start - 1]
        if _common_owner_mark(before):
            start = before.head.i  # "the Dorne prosecutor's office": the prosecutor's
            continue
        if before.dep_ not in _MODIFIER_DEPS or not before.is_alpha:
            break
        if not start <= before.head.i <= noun.i:
            break
        start -= 1
    span = doc[start : noun.i + 1]
    named = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span[:-1])
    return span if named and noun.text[:1].islower() else None


def _common_owner_mark(token: Token) -> bool:
    """The "'s" of a lower-case common noun that owns the noun after it ("prosecutor's
    office"); a person's name or a pronoun as owner ("Lee's office") names no body."""
    owner = token.head
    return (
        token.tag_ == "POS"
        and owner.dep_ == "poss"
        and owner.pos_ == "NOUN"
        and owner.text.islower()
        and owner.i == token.i - 1
        and owner.head.i == token.i + 1
    )


def body_named_before(noun: Token, text: str, quoted: Callable[[int], bool]) -> Span | None:
    """For a definite bare noun ("the committee said"), the latest phrase before it that
    names a body with the same noun (`body_phrase`), read back through the bare mentions
    of the noun; None when none does or the noun has modifiers of its own."""
    if not definite(noun) or any(c.dep_ in _MODIFIER_DEPS for c in noun.children):
        return None
    return phrase_back(noun, text, quoted, body_phrase)


def phrase_back(
    noun: Token,
    text: str,
    quoted: Callable[[int], bool],
    phrase_of: Callable[[Token], Span | None],
) -> Span | None:
    """The phrase that ``phrase_of`` reads at the latest earlier use of the noun's word,
    read back through the bare uses between (`quote_issuers.same_noun_back`), or None."""
    for token in same_noun_back(noun, text, quoted):
        phrase = phrase_of(token)
        if phrase is not None:
            return phrase
    return None
