"""The person a clause fronted before a subject pronoun's verb names as its subject.

"After Ann Vell was elected, she said" has Ann Vell as the subject of a clause that a
conjunction opens before "she" and its verb; `referent_pronouns.PronounClues` reads her
as the pronoun's person when the clause has no other form of the pronoun, but for the
subject of what the clause's verb reports or asks ("When Ann Vell was asked whether she
would stand, she said"), who is that clause's own subject.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.pronoun_forms import BY_SUBJECT, SUBJECTS
from generator.extract.speech import SUBJECT_DEPS

__all__ = ["fronted_clauses", "fronted_people"]


def fronted_people(pronoun: Token, word: str, owners: Mapping[int, Entity]) -> list[Entity]:
    """The people who are subjects of clauses that a conjunction opens before a subject
    pronoun's verb: "After Ann Vell was elected, she said", "Before Ben's friend Tom Vell
    died, he said" (the subject, not its owner). Empty when such a clause has a form of
    the pronoun ``word`` other than an owner outside its subject ("When Tom Ames met him,
    he said", "Before his friend Tom Vell died, he said": "he" is someone else, or the
    text leaves it open)."""
    forms = BY_SUBJECT[word].all
    found: dict[int, Entity] = {}
    for clause in fronted_clauses(pronoun):
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        owned = {t.i for s in subjects for t in s.subtree}  # "Before his friend Tom Vell"
        if any(
            t.lower_ in forms and (t.dep_ != "poss" or t.i in owned) and not _told_of(t, clause)
            for t in clause.subtree
        ):
            return []
        for subject in subjects:
            named = (subject, *(c for c in subject.children if c.dep_ in ("appos", "conj")))
            found.update(
                (id(o), o) for t in named if (o := owners.get(t.i)) is not None and o.kind == PERSON
            )
    return list(found.values())


def fronted_clauses(pronoun: Token) -> list[Token]:
    """The clauses that a conjunction ("when", "after") opens before a subject pronoun's
    verb and that end before the pronoun; not "Asked if Mr Lee could return, he replied",
    which has no subject there."""
    return [
        clause
        for clause in pronoun.head.children
        if clause.dep_ == "advcl"
        and clause.right_edge.i < pronoun.i
        and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)
    ]


def _told_of(pronoun: Token, clause: Token) -> bool:
    """Whether a "he"/"she" is the subject of what the fronted clause's verb reports or
    asks, which is that clause's own subject: "When Tom Ames was asked what he thought,
    he said", "After Ann Vell heard she had won, she wept"."""
    return (
        pronoun.dep_ in SUBJECT_DEPS
        and pronoun.lower_ in SUBJECTS
        and pronoun.head.dep_ == "ccomp"
        and pronoun.head.head.i == clause.i
    )
