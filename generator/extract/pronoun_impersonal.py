"""Sentences of scene-setting that the pronoun search may read past without using up
the sentences it reads back (`speech.CHAIN_SENTENCES`).

"Grain farmer Tom Ames lost his crop. The spring was dry. Then a heat wave scorched
the rest. Insurance will cover part of it. '...,' he said": the sentences between the
name and the pronoun are about weather, money and things, and name no one whom "he"
could be. Such a sentence tells nothing about who speaks, so it does not count, up to
`IMPERSONAL_SENTENCES` of them; a sentence with a person's name, a name no entity owns,
a pronoun for people or a noun for a person ("officials", "the driver") still counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon, singulars
from generator.extract.referent_offices import people_noun
from generator.extract.role_nouns import person_noun

__all__ = ["IMPERSONAL_SENTENCES", "impersonal"]

#: How many sentences about things the search reads past beyond its budget.
IMPERSONAL_SENTENCES = 3

#: Pronouns that stand for people, whom a sentence with one of them is about.
_PEOPLE_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "who",
        "whom",
        "whose",
    ]
)

#: Nouns for a body of people that no person's noun ends: "Police arrived".
_COLLECTIVES = frozenset(
    ["police", "crowd", "crowds", "staff", "team", "family", "families", "people", "public"]
)

#: Entity labels of the parser that name no person: a name of these is a thing's.
_THING_LABELS = frozenset(
    ["DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "ORG", "EVENT", "MONEY", "PRODUCT", "LAW"]
)


def impersonal(
    tokens: Sequence[Token],
    owners: Mapping[int, Entity],
    inside: Callable[[int], bool],
    lex: Lexicon,
) -> bool:
    """Whether the words of a sentence outside quotes name no person and no one a person
    could be: no person's name, no capitalised name that is not a thing's, no pronoun
    for people and no noun for a person; and some such words stand there at all."""
    outside = [t for t in tokens if not inside(t.idx) and not (t.is_punct or t.is_space)]
    if not outside:
        return False
    for token in outside:
        owner = owners.get(token.i)
        if owner is not None and owner.kind == PERSON:
            return False
        if token.lower_ in _PEOPLE_PRONOUNS:
            return False
        if token.pos_ == "PROPN" and owner is None and token.ent_type_ not in _THING_LABELS:
            return False  # "Then Ames left": a name the entities missed
        if token.pos_ in ("NOUN", "PROPN") and _people_word(token, lex):
            return False
    return True


def _people_word(token: Token, lex: Lexicon) -> bool:
    """Whether a noun names a person or people, plurals read through their singulars
    ("engineers", "councillors"), or a body of people ("police")."""
    if token.lower_ in _COLLECTIVES or people_noun(token, lex):
        return True
    return any(person_noun(form) or form in lex.role_words for form in singulars(token.lower_))
