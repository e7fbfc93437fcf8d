"""A body's name set right after the kind of body it is: "the pressure group Rights for
Tarnia said", "the campaign group Fairway UK", "the charity Safe Paths Home".

A news story often names a body only once, after a lower-case noun for its kind. The model
reads such a name of common words as nothing, or cuts it where a place or a capitalised
common word stands ("Rights for" and the country "Tarnia"; "Fairway" and "UK"). A run of
capitalised words right after such a noun names the body, whole: at least two capitalised
words (one word may be a person's surname: "the group Ames had joined"), joined only by
the small words of a name, with no person's name, role, title, date or number in it, and
no entity of the model's that runs on past the run's ends.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import lexicon
from generator.extract.span_ranges import replaced_by

#: Lower-case nouns for a kind of body that a body's own name may follow at once. Nouns that
#: are also a person's calling ("broadcaster", "developer") are left out: "the broadcaster
#: Jo Ames" is a person.
KIND_NOUNS = frozenset(
    {"group", "charity", "organisation", "organization", "firm", "company", "agency"}
    | {"association", "society", "foundation", "trust", "movement", "coalition", "alliance"}
    | {"network", "union", "chain", "retailer", "lender", "bank", "insurer", "airline"}
    | {"newspaper", "magazine", "website", "startup", "band", "watchdog", "regulator"}
    | {"pollster", "thinktank", "publisher", "consultancy", "supermarket", "carmaker"}
)
#: Small words that may join the capitalised words of a name: "Rights for Tarnia".
_JOINS = frozenset({"of", "in", "for", "and", "&", "the", "on", "against", "at", "with"})
#: Model labels a word of the name may carry: none, a body's, or a place's.
_NAME_LABELS = frozenset({"", "ORG", "GPE", "LOC", "NORP", "FAC"})
#: Most tokens of a name taken this way.
_MOST_TOKENS = 8
#: Fewest capitalised words of a name taken this way.
_FEWEST_WORDS = 2


def _capital(token: Token) -> bool:
    """A capitalised word of a name: "Rights", "UK"; no person's title or role."""
    lex = lexicon()
    return (
        (token.is_title or (token.is_upper and len(token.text) > 1))
        and token.is_alpha
        and token.ent_type_ in _NAME_LABELS
        and token.lower_ not in lex.role_words
        and token.lower_ not in lex.honorifics
    )


def _name_end(doc: Doc, start: int) -> int:
    """The index after the run of a name's words opening at ``start`` (``start`` if none);
    small words count only between capitalised ones."""
    end = last = start
    while end < len(doc) and end - start < _MOST_TOKENS:
        token = doc[end]
        if _capital(token):
            last = end + 1
        elif not (token.lower_ in _JOINS and token.is_lower and end > start):
            break
        end += 1
    return last


def _kind_noun(token: Token) -> bool:
    """A lower-case noun for a kind of body: "group" of "the pressure group"."""
    return token.is_lower and token.lower_ in KIND_NOUNS and token.pos_ == "NOUN"


def _apposed_name(doc: Doc, kind: Token) -> Span | None:
    """The body's name right after the noun ``kind``, or None."""
    start = kind.i + 1
    if start >= len(doc) or not kind.whitespace_:
        return None
    end = _name_end(doc, start)
    words = [t for t in doc[start:end] if _capital(t)]
    if len(words) < _FEWEST_WORDS:
        return None
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return None  # the capitals go on into a role or a person's name
    return Span(doc, start, end, label="ORG")


def _fits(name: Span, spans: list[Span]) -> bool:
    """Whether every entity that shares words with ``name`` lies inside it, and no body's
    entity is the name already."""
    inside = [s for s in spans if s.start < name.end and name.start < s.end]
    if any(s.start < name.start or s.end > name.end for s in inside):
        return False  # an entity runs on past the name: not this name's words
    if any(s.label_ not in _NAME_LABELS for s in inside):
        return False  # a person's name or a date in it
    return not any(s.label_ == "ORG" and len(s) == len(name) for s in inside)


def apposed_bodies(spans: list[Span]) -> list[Span]:
    """The entities with each body's name set after its kind of body ("the group Rights for
    Tarnia") as one organization, in place of the pieces the model read in it."""
    if not spans:
        return spans
    doc = spans[0].doc
    named = (_apposed_name(doc, t) for t in tokens_of(doc) if _kind_noun(t))
    found = [n for n in named if n is not None and _fits(n, spans)]
    if not found:
        return spans
    return replaced_by(spans, found)
