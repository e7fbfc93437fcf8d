"""A "him" or "her" that does the saying in a clause after a verb of seeing or showing.

"Footage shows him shouting ‘...’", "neighbours heard her scream ‘...’": English puts
the subject of such a participle or bare verb in the object case, and the parser makes
it that verb's subject. It stands for a person as "he" or "she" would; whoever sees,
hears or shows is not that person.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.addressees import OBJECT_PRONOUNS

__all__ = ["perceivers", "small_clause_pronoun"]

#: Tags of the verbs such a clause has: a participle ("shouting") or a bare verb ("say").
_NON_FINITE = frozenset(["VBG", "VB"])


def small_clause_pronoun(subject: Token) -> bool:
    """Whether a subject is a "him"/"her" heading a non-finite clause ("shows him shouting")."""
    return (
        subject.lower_ in OBJECT_PRONOUNS
        and subject.tag_ == "PRP"
        and subject.dep_ == "nsubj"
        and subject.head.tag_ in _NON_FINITE
    )


def perceivers(pronoun: Token) -> set[int]:
    """Indices of the words of whoever sees, hears or shows the clause of a small-clause
    "him"/"her" ("neighbours" of "neighbours heard her scream"): none is the one it means."""
    if not small_clause_pronoun(pronoun) or pronoun.head.dep_ not in ("ccomp", "xcomp"):
        return set()
    outer = pronoun.head.head
    return {t.i for c in outer.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
