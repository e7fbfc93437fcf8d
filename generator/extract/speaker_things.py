"""Verbs of saying whose subject is a thing, inside a clause someone else reports.

"Tom Vell said the findings describe acts that were 'cruel'": "describe" holds the
quoted words, but its subject is a thing that cannot speak; the words come to the
reader from Vell, the subject of the verb of saying whose clause holds "describe".
A writing ("the report called it '...'") is its author's words, and a noun of people
or of a body ("a spokesman called it '...'") is someone the text may not name; both
stay where they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import person_noun, singulars
from generator.extract.role_phrases import person_noun as names_person
from generator.extract.speech import words

#: Nouns of people taken together, who speak as one ("the police said").
_COLLECTIVES = frozenset(
    [
        "police",
        "government",
        "administration",
        "court",
        "jury",
        "panel",
        "army",
        "military",
        "staff",
        "crew",
        "team",
        "family",
        "public",
        "crowd",
        "cabinet",
        "parliament",
        "congress",
        "senate",
        "navy",
        "prosecution",
        "defence",
        "defense",
        "opposition",
        "media",
        "press",
    ]
)
#: Clauses through which a verb of saying above reports the words of the one below.
_REPORTED_DEPS = frozenset(["ccomp", "conj"])

__all__ = ["reported_thing"]


def reported_thing(subject: Token, verb: Token, verbs: list[Token]) -> bool:
    """Whether a verb's subject is a lower-case common noun of a thing (no person, body,
    writing or speaking role) and the verb sits in the clause of another verb of the list:
    the speaker is then that verb's subject, not nobody."""
    if subject.pos_ != "NOUN" or not subject.is_lower or person_noun(subject):
        return False
    lists = words()
    speaking = lists.spokes_nouns | lists.document_nouns | lists.organization_nouns
    for form in (subject.lower_, *singulars(subject.lower_)):
        if form in speaking | lists.unnamed_roles | _COLLECTIVES or names_person(form):
            return False
    above = {v.i for v in verbs if v.i != verb.i}
    clause = verb
    while clause.dep_ in _REPORTED_DEPS and clause.head.i != clause.i:
        clause = clause.head
        if clause.i in above:
            return True
    return False
