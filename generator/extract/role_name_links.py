"""The small words inside a capitalised name written before a title: "of" of "Harbour of
Liars star Jo Roe" and "Bank of Tarland chief Jo Roe", "of the" of "Lord of the Isles
actor Jo Roe". The run of a title read leftwards from a name goes on over them, so the
role keeps the whole name of the work or body it is of, not its last word ("Liars star")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["name_link_start"]

_NAME_WORDS = ("PROPN", "NOUN")
#: Small words a work's name writes with a capital inside it ("Dancing On Ice", "Lord Of
#: The Flies"); prose writes them so only at a sentence's start.
_SMALL_WORDS = frozenset(
    {"on", "of", "the", "in", "at", "a", "an", "and", "for", "to", "with", "from", "by", "up"}
)
#: Entities that are no word of a work's name: a person, a time, a count.
_NOT_NAME_ENTS = ("PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY")


def _name_word(token: Token) -> bool:
    return token.is_title and token.pos_ in _NAME_WORDS


def _capitalised_run(token: Token, start: int) -> bool:
    """Whether ``token``, right before the title run starting at ``start``, is a word of
    the capitalised name the run opens with ("Dancing" and "On" of "Dancing On Ice star",
    "Got" of "Britain's Got Talent judge"): written with a capital inside a sentence,
    where only names are, or opening it right before a small word written with one."""
    doc = token.doc
    if not token.is_title or not token.is_alpha or token.ent_type_ in _NOT_NAME_ENTS:
        return False
    if token.is_sent_start or (token.i > 0 and doc[token.i - 1].is_quote):
        return doc[start].lower_ in _SMALL_WORDS and doc[start].is_title
    return token.i > 0 and not doc[token.i - 1].is_punct


def name_link_start(token: Token, start: int, last: int) -> int | None:
    """Where the title run ``start``..``last`` begins once it takes in ``token``, the word
    right before it, when that is the "of" (or "of the") of a capitalised name: the
    capitalised word before "of" ("Harbour" of "Harbour of Liars"); else None. The run
    must end on a title in lower case ("star"): in "the AK Party of President Jo Roe" the
    capitalised title after "of" is the person's own office, and the party is not his."""
    doc = token.doc
    if not doc[start].is_title or not doc[last].is_lower:
        return None
    if _capitalised_run(token, start):
        return token.i
    at = token.i
    if token.lower_ == "the" and at > 0 and doc[at - 1].lower_ == "of":
        at -= 1  # "Lord of the Isles"
    elif token.lower_ != "of":
        return None
    if at == 0 or not doc[at].is_lower or not _name_word(doc[at - 1]):
        return None
    return at - 1
