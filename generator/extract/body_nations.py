"""Bodies named by common words and the nation or region they serve: "Public Health
Scotland", "Sport Wales", "a Health Protection Kelby spokesman".

The model often reads no entity at all in such a name (the words are common nouns and
the last is a place), so the quote that follows finds no speaker. A run of capitalised
words that ends on a country or region of the tables, and then acts as a body does (a
verb, a role noun such as "spokesman", or a possessive follows), is a body's name when
no word before the place is a given name, a compass word ("Northern Ireland", "West
Kelby" are places), or in a person or a body of the model's. Every word before the
place must be an English common noun or adjective ("Ames Tarland" is no body), and one
adjective alone ("Rural Scotland has", "Former Tarland") describes the place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import lexicon
from generator.extract.mentions import place_named
from generator.extract.nlp import adjectives, common_nouns
from generator.extract.place_compass import CARDINAL_ADJECTIVES, COMPASS_POINTS
from generator.extract.referent_given_names import given_name_sex
from generator.extract.span_ranges import replaced_by

#: Kinds of the tables' places that a body serves by name.
_SERVED_KINDS = frozenset({"country", "region"})
#: Words that make a place's own name of the place after them.
_PLACE_WORDS = (
    COMPASS_POINTS
    | CARDINAL_ADJECTIVES
    | {"central", "new", "great", "greater", "upper", "lower", "mid", "inner", "outer"}
    | {"all", "rural", "urban"}
)
#: Most capitalised words before the place.
_MOST_WORDS = 3
#: Labels of the model that a word of such a name may carry: none, or a place's.
_FREE_LABELS = frozenset({"", "GPE", "LOC", "NORP"})


def _name_word(token: Token) -> bool:
    """A capitalised word that may be one of a body's common words; no small word ("A")."""
    lex = lexicon()
    return (
        token.is_title
        and token.is_alpha
        and not token.is_stop
        and token.ent_type_ in _FREE_LABELS
        and token.lower_ not in _PLACE_WORDS
        and token.lower_ not in lex.honorifics
        and token.lower_ not in lex.role_words
        and given_name_sex(token.text) is None
    )


def _common_word(token: Token) -> bool:
    """Whether a word is an English common noun or adjective."""
    lower = token.lower_
    return lower in common_nouns() or lower in adjectives()


def _acts_there(doc: Doc, end: int) -> bool:
    """Whether what follows a run of capitals ending at ``end`` is what a body does or has:
    a verb ("said", "has warned"), a role noun ("spokesman", "chief") or a possessive."""
    if end >= len(doc):
        return False
    after = doc[end]
    if after.text in ("'s", "\u2019s"):
        return True
    return after.is_lower and (after.tag_.startswith("VB") or after.lower_ in lexicon().role_words)


def _body_at(doc: Doc, place: Token) -> Span | None:
    """The body's name that ends on ``place``, or None."""
    if place.i == 0 or not _acts_there(doc, place.i + 1):
        return None
    start = place.i
    while (
        start > 0
        and place.i - start < _MOST_WORDS
        and _name_word(doc[start - 1])
        and doc[start - 1].whitespace_ == " "
    ):
        start -= 1
    if start == place.i:
        return None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_title and not before.is_stop:
        return None  # the run goes on before: a longer name, or a headline's capitals
    words = doc[start : place.i]
    if not all(_common_word(t) for t in words):
        return None  # "Ames Tarland": no body's common words
    first = words[0].lower_
    if len(words) == 1 and first in adjectives() and first not in common_nouns():
        return None  # "Rural Scotland has", "Former Tarland": a described place
    if place_named(f"{words.text} {place.text}", lexicon()) is not None:
        return None  # "Saint Helena", "Papua New Guinea": a place's whole name
    return Span(doc, start, place.i + 1, label="ORG")


def bodies_of_nations(spans: list[Span]) -> list[Span]:
    """The entities with each body named by common words and its nation, in place of the
    place the model read at its end, if any."""
    if not spans:
        return spans
    doc = spans[0].doc
    found = []
    for token in tokens_of(doc):
        if not token.is_title or token.ent_type_ not in _FREE_LABELS or token.i == 0:
            continue
        if not doc[token.i - 1].is_title:
            continue
        place = place_named(token.text, lexicon())
        if place is None or place.kind not in _SERVED_KINDS:
            continue
        body = _body_at(doc, token)
        if body is not None:
            found.append(body)
    if not found:
        return spans
    return replaced_by(spans, found)


#: Head nouns of a body of members whose name goes on with "of" and the nation it serves:
#: "the Law Society of Kelbia", "the Bar Association of Tarland".
_MEMBER_HEADS = frozenset(
    {"society", "association", "federation", "union", "chamber", "league", "confederation"}
    | {"congress", "institute", "council", "guild", "syndicate"}
)


def nation_after_body(first: Span, second: Span) -> bool:
    """Whether a body the model read ("the Law Society") and the country or region it read
    after "of" ("Kelbia") are one name: the body is one of members (`_MEMBER_HEADS`), whose
    name goes on with the nation it serves, and no capitalised word follows the place."""
    doc = first.doc
    between = doc[first.end : second.start]
    if first.label_ != "ORG" or second.label_ not in ("GPE", "LOC") or len(between) != 1:
        return False
    if between[0].lower_ != "of" or first[-1].lower_ not in _MEMBER_HEADS:
        return False
    place = place_named(second.text, lexicon())
    after = doc[second.end] if second.end < len(doc) else None
    return (
        place is not None and place.kind in _SERVED_KINDS and (after is None or not after.is_title)
    )
