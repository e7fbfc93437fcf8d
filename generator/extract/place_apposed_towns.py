"""Towns and regions the model left out of its entities that an apposition says are places:
"Brindleford, a town in Ontario, Canada", "Kelby, a province of Norland".

The small model tags a village it has never seen as nothing at all, and the gazetteer,
which lists towns of 15,000 people and more, does not know it either; but the text says
what it is and where. Words written as proper nouns that no entity holds, set off by a comma
and an apposition whose head is a settlement's or a subdivision's noun (`called_a_town`,
`called_a_region`), right before "in", "near" or "of" and a place the tables know
(`place_it_is_in`), are that place's town or region. Not the end of a longer name whose
first words the model read ("Lake Kelby, a village in ..."), nor a word of a person the
model found elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import lower_at, tokens_of
from generator.extract.place_towns import called_a_region, called_a_town
from generator.extract.place_untagged_cities import person_words, proper_free
from generator.extract.place_within import place_it_is_in

__all__ = ["apposed_towns"]

#: The most words of such a name: "Little Kelby Green".
_MAX_WORDS = 3


def apposed_towns(doc: Doc) -> list[Span]:
    """Names no entity holds that an apposition calls a town or a region of a place the
    tables know, as GPE spans."""
    people = person_words(doc)
    out: list[Span] = []
    for comma in (t.i for t in tokens_of(doc) if t.text == "," and t.i > 0):
        if lower_at(doc, comma + 1) not in ("a", "an"):
            continue
        start = comma
        while start > max(0, comma - _MAX_WORDS) and _free_name_word(doc, start - 1, people):
            start -= 1
        if start == comma or (start > 0 and _proper_noun(doc, start - 1)):
            continue  # no name, or the end of a longer one: "Lake Kelby, a village"
        span = doc[start:comma]
        if (called_a_town(span) or called_a_region(span)) and place_it_is_in(span) is not None:
            out.append(Span(doc, start, comma, label="GPE"))
    return out


def _proper_noun(doc: Doc, at: int) -> bool:
    """Whether the word at ``at`` is written and tagged as a proper noun's."""
    return doc[at].is_title and doc[at].tag_ in ("NNP", "NNPS")


def _free_name_word(doc: Doc, at: int, people: frozenset[str]) -> bool:
    """Whether the word at ``at`` is a proper noun no entity holds and no person's word."""
    word = doc[at]
    return proper_free(word) and word.lower_ not in people
