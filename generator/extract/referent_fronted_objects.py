"""The one person a fronted clause about others does something to, for a pronoun after it.

"When officers confronted Ann Vell in the shop, she told them: '...'": the clause a
conjunction opens before "she" and its verb has no person as its subject ("officers",
"police", a body), so the person it is about is the one it names elsewhere, here its
object. `referent_pronouns.PronounClues.fronted_subject` reads that person when the
clause's subject names no one (`fronted_subjects.fronted_people` finds none) and the
clause names exactly one person the pronoun fits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.fronted_subjects import fronted_clauses
from generator.extract.pronoun_forms import BY_SUBJECT
from generator.extract.speech import SUBJECT_DEPS

__all__ = ["fronted_object"]

#: Plural tags: a subject of several people ("officers", "the Smiths") is no one "she" is.
_PLURAL_TAGS = frozenset(["NNS", "NNPS"])


def fronted_object(
    pronoun: Token,
    word: str,
    owners: Mapping[int, Entity],
    fits: Callable[[Entity, str], bool],
) -> Entity | None:
    """The one person, fitting ``word`` (``fits``), named in a clause that a conjunction
    opens before a subject pronoun's verb, when every subject of that clause is a plural
    noun or a body ("When officers confronted Ann Vell, she said"); None when the clause
    has a form of the pronoun ("When officers confronted him, he said" leaves "he" to
    someone else) or names no such person, or several."""
    forms = BY_SUBJECT[word].all
    found: dict[int, Entity] = {}
    for clause in fronted_clauses(pronoun):
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if not subjects or not all(_several_or_body(s, owners) for s in subjects):
            return None
        held = {t.i for s in subjects for t in s.subtree}
        for token in clause.subtree:
            if token.lower_ in forms:
                return None
            owner = owners.get(token.i)
            if token.i not in held and owner is not None and owner.kind == PERSON:
                found[id(owner)] = owner
    people = [p for p in found.values() if fits(p, word)]
    return people[0] if len(people) == 1 and len(found) == 1 else None


def _several_or_body(subject: Token, owners: Mapping[int, Entity]) -> bool:
    """Whether a clause's subject is no single person: a plural noun ("officers"), not a
    name, or a body ("police", "the council" named as an organization)."""
    owner = owners.get(subject.i)
    if owner is not None:
        return owner.kind == ORG
    return subject.tag_ in _PLURAL_TAGS or subject.lower_ == "police"
