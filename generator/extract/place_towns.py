"""A place no table lists that the text calls a town ("the village of Kelby", "Kelby, a
small town in Kent") or a country's subdivision ("the Kelby region", "Kelby, a province of
Norland").

The gazetteer's towns are cities of 15,000 people and more, and its subdivisions are the
ones ISO 3166-2 lists, so a village or a region it lacks would be published as a place of
no kind ("other"), though the text says what it is. A noun of a settlement right before the
name ("the town of Kelby", "the village Kelby") or as the head of an apposition after it
("Kelby, a market town") makes it a city, the kind of every town the gazetteer knows; a
noun of subdivisions in small letters right after the name ("the Kelby oblast") or as the
head of such an apposition makes it a region.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import lower_at, token_at, words_of
from generator.extract.nlp import common_nouns

#: Nouns of a settlement, which the pipeline publishes as cities.
TOWN_NOUNS = frozenset({"town", "towns", "village", "villages", "city", "hamlet", "hamlets"})
#: Nouns of a country's subdivisions, which the pipeline publishes as regions.
SUBDIVISION_NOUNS = frozenset(
    {"region", "province", "state", "governorate", "prefecture", "division", "district"}
    | {"county", "department", "oblast"}
)
#: Most words between the article and the noun of an apposition: "a small market town".
_APPOSITION_WORDS = 3


def same_names(span: Span) -> list[Span]:
    """Every place in the document where the words of ``span`` are written, ``span`` first:
    what the text says of a name anywhere, it says of the name's first mention too."""
    doc = span.doc
    found = [span]
    for at in words_of(doc).starts_of([token.text for token in span]):
        if at != span.start:
            found.append(doc[at : at + len(span)])
    return found


def called_a_town(span: Span) -> bool:
    """Whether the text names a settlement's noun before a name ("the town of Kelby", "the
    village Kelby") or makes one the head of an apposition after it ("Kelby, a small town
    in Kent"), at any of its mentions."""
    return any(
        _town_noun_before(mention) or _apposed_noun(mention, TOWN_NOUNS)
        for mention in same_names(span)
    )


def called_a_region(span: Span) -> bool:
    """Whether the text writes a noun of subdivisions in small letters right after a name
    ("the Kelby oblast", "Norland's Kelby province") or makes one the head of an apposition
    after it ("Kelby, a province of Norland"), at any of its mentions; not for a name with
    a word in small letters or ending in a common noun."""
    if any(word.is_lower for word in span) or span[-1].lower_ in common_nouns():
        # "Kelby of Tarn province", "the Kelby Park region of a state forest": the noun is
        # said of a part of the name, or of a park, lake or valley the name already calls it
        return False
    return subdivision_noun_after(span)


def subdivision_noun_after(span: Span) -> bool:
    """Whether a noun of subdivisions in small letters follows a name right after it or heads
    an apposition after it, at any of its mentions: "the Kelby oblast", "Kelby, a province
    of Norland"."""
    return any(
        subdivision_noun_at(mention.doc, mention.end) or _apposed_noun(mention, SUBDIVISION_NOUNS)
        for mention in same_names(span)
    )


def subdivision_noun_at(doc: Doc, at: int) -> bool:
    """Whether a noun of subdivisions in small letters is the word at ``at``: "region"."""
    word = token_at(doc, at)
    return word is not None and word.is_lower and word.lower_ in SUBDIVISION_NOUNS


#: Plural nouns of settlements, which a list of towns follows: "the towns of Kelby and Tarn".
_TOWNS_NOUNS = frozenset({"towns", "villages", "hamlets"})
#: The most words of the names listed before a name after such a noun.
_LISTED_WORDS = 12


def _town_noun_before(span: Span) -> bool:
    """Whether a settlement's noun stands right before a name, or before "of" and the name,
    or a plural one before a list the name ends ("the towns of Kelby and Tarn")."""
    doc = span.doc
    if _listed_after_towns(span):
        return True
    before = span.start - 1
    if lower_at(doc, before) == "of":
        before -= 1
    return lower_at(doc, before) in TOWN_NOUNS


def _listed_after_towns(span: Span) -> bool:
    """Whether a name is a later one of a list of names after a plural noun of settlements
    and "of": "the towns of Kelby, Tarn and Vell" for "Tarn" and "Vell"."""
    doc = span.doc
    at, joined = span.start - 1, False
    while at > span.start - _LISTED_WORDS and at > 0:
        word = doc[at]
        if word.lower_ in (",", "and"):
            joined = True
        elif not (word.is_title or word.text == "-" or word.ent_type_):
            break
        at -= 1
    return joined and lower_at(doc, at) == "of" and lower_at(doc, at - 1) in _TOWNS_NOUNS


def _apposed_noun(span: Span, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` heads an apposition set off after a name: "Kelby, a small
    market town"."""
    doc = span.doc
    if lower_at(doc, span.end) != "," or lower_at(doc, span.end + 1) not in ("a", "an"):
        return False
    for at in range(span.end + 2, span.end + 2 + _APPOSITION_WORDS):
        word = token_at(doc, at)
        if word is None or not word.is_lower:
            return False
        if word.lower_ in nouns:
            return True
    return False
