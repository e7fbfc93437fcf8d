"""Whether a noun is definite ("the report"), also where the parser misread the verb after it.

"'...,' the leaflet read." is often parsed as a noun phrase, "the leaflet read",
with "the" hung on "read" and "leaflet" a compound of it: the article belongs to
the writing all the same, and the writing refers back to one named before.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Articles that make a noun refer back to something already named.
DEFINITE_WORDS = frozenset(["the", "this"])


def definite(noun: Token) -> bool:
    """Whether the noun has "the" or "this", its own or that of a verb the parser misread."""
    owner = _misread_verb(noun) or noun
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in owner.children)


def indefinite(noun: Token) -> bool:
    """Whether the noun has its own "a" or "an": someone not named before ("a man")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _misread_verb(noun: Token) -> Token | None:
    """The lower-case word right after a noun that closes a short clause after a quote, which
    the parser took for the head noun of "the leaflet read": the quote mark, the article,
    the noun and the word, then punctuation. None for any other noun."""
    doc = noun.doc
    head = noun.head
    if noun.dep_ != "compound" or head.i != noun.i + 1 or noun.i < 2 or head.i + 1 >= len(doc):
        return None
    article = doc[noun.i - 1]
    shaped = (
        doc[noun.i - 2].is_quote
        and article.dep_ == "det"
        and article.head.i == head.i
        and head.text.islower()
        and doc[head.i + 1].is_punct
    )
    return head if shaped else None
