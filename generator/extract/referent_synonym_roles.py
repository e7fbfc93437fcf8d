"""Who a description refers to when it names, in other words, one person's stated role.

"Novelist Ann Roe won the prize. Judge Tom Vell praised it. '...,' the author said": news
varies the noun by which it refers back to the person its story is about, and the person
named just before, whose stated role ("judge") says something else, is not who speaks.
A definite description whose noun names the trade of exactly one person's stated role
(`referent_role_synonyms.names_role`: "author" for "novelist", "funnyman" for "comedian")
refers to that person, when the person the narrative just before gives is no one, or is
someone whose stated role the noun does not name.

A noun of public standing ("the candidate", `STANDINGS`) may be said of anyone, and a
noun no stated role names gives nothing: the search stays with what the narrative gave.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.referent_role_synonyms import SYNONYM_NOUNS, names_role
from generator.extract.referent_stated_roles import STANDINGS
from generator.extract.speech_offices import role_terms

__all__ = ["synonym_holder"]


def synonym_holder(
    noun: Token,
    people: Sequence[Entity],
    near: Entity | None,
    fits: Callable[[Entity], bool],
) -> Entity | None:
    """The one person named before the noun whose stated role the noun names (itself or
    a synonym), in place of ``near`` (whom the narrative just before gave) when ``near``
    is no one or a person with a stated role the noun does not name; else None."""
    said = noun.lower_
    if said in STANDINGS or said not in SYNONYM_NOUNS:
        return None
    if near is not None and (
        near.kind != PERSON or not near.role or _names(said, _stated_before(noun, near.role))
    ):
        return None  # no stated role rules the nearer person out
    holders = [
        person
        for person in people
        if person.kind == PERSON
        and person.role
        and _names(said, _stated_before(noun, person.role))
        and any(m.span.start < noun.i for m in person.mentions)
    ]
    if len(holders) != 1 or holders[0] is near or not fits(holders[0]):
        return None
    return holders[0]


def _names(said: str, role: str) -> bool:
    """Whether a description's noun is a word of a stated role or names its trade."""
    return said in role_terms(role) or names_role(said, role)


def _stated_before(noun: Token, role: str) -> str:
    """A role without the phrase that is the description's noun itself when the text has
    no such word before the description: the role step takes a description up as a second
    role of the person named just before ("Wanda Pell said ... the funnyman said" gives
    her "agent, funnyman"), which the text never stated."""
    said = noun.lower_
    if any(t.lower_ == said for t in noun.doc[: noun.i]):
        return role
    return ",".join(p for p in role.split(",") if p.strip().lower() != said)
