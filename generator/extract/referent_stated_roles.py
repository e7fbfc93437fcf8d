"""Who a description refers to when the text stated it as one person's role.

"Margaret Hill, a pensioner from Kelby, ... '...,' the pensioner said": a definite
description whose noun heads the role the text gave exactly one person named before it
refers to that person, whatever sentences stand between. This reads the nouns that are
no office ("pensioner", "teacher", "widow") as `person_by_role` reads offices.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon
from generator.extract.referent_nouns import PARENT_NOUNS
from generator.extract.referent_role_synonyms import names_role, police_rank
from generator.extract.referent_roles import PAST_QUALIFIERS
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import is_role_noun
from generator.extract.speech_offices import deputy_of, role_terms

__all__ = ["role_allows", "stated_holder"]

#: Words after the noun that heads a role ("teacher at Kelby High", "widow of Tom Ames").
_ROLE_TAILS = frozenset(["of", "at", "for", "from", "in", "with", "and", "who", "whose"])

#: Role nouns that say what a person is in public life, not an office of a body that one
#: holder fills: news calls a senator running for president "the candidate" and a
#: developer who holds a seat "the businessman", so another stated role does not rule
#: the person out as it does for "the minister" after "union boss Jo Ames".
STANDINGS = frozenset(
    [
        "candidate",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "magnate",
        "tycoon",
        "mogul",
        "activist",
        "campaigner",
    ]
)


def stated_holder(
    noun: Token,
    people: Sequence[Entity],
    owners: Mapping[int, Entity],
    fits: Callable[[Entity], bool],
) -> Entity | None:
    """The one person named before the noun whose stated role it heads, with every word
    that qualifies the noun ("the retired teacher": a role "retired teacher"), when the
    noun can be that person (``fits``: sex); else None."""
    said = {t.lower_ for t in role_modifiers(noun)}
    holders = [
        person
        for person in people
        if person.kind == PERSON
        and person.role
        and noun.lower_ in _role_heads(person.role)
        and said <= set(role_terms(person.role))
        and not deputy_of(role_terms(person.role), said)  # "deputy head" is no "head"
        and any(m.span.start < noun.i for m in person.mentions)
    ]
    if len(holders) != 1 or not fits(holders[0]):
        return None
    return holders[0] if _stated_for(noun, holders[0], owners) else None


def _stated_for(noun: Token, person: Entity, owners: Mapping[int, Entity]) -> bool:
    """Whether the text gave the noun to the person before, next to the name ("Tom Ames, a
    soldier,", "soldier Tom Ames"), and never in a sentence naming the person to someone
    else ("Tom Ames asks the soldier to stop"): a role read from the description itself
    or from a sentence about another states nothing."""
    stated = False
    for token in noun.doc[: noun.i]:
        if token.lower_ != noun.lower_:
            continue
        if any(owners.get(t.i) is person for t in [token, token.head, *token.children]):
            stated = True
        elif any(owners.get(t.i) is person for t in token.sent):
            return False
    return stated


def _role_heads(role: str) -> set[str]:
    """The nouns that head the phrases of a role: each one's last word before a word that
    opens what follows it ("teacher" of "retired teacher at Kelby High")."""
    heads = set()
    for phrase in role.split(","):
        head = ""
        for word in role_terms(phrase):
            if word in _ROLE_TAILS:
                break
            head = word
        heads.add(head)
    return heads


def role_allows(entity: Entity | None, noun: Token, lex: Lexicon, stated_only: bool) -> bool:
    """Whether a role noun may refer back to a person: the noun is in the role stated for
    them, says it is past ("the former minister") or is a standing (`STANDINGS`). With
    ``stated_only`` a person with no stated role, a government post (its role has a
    portfolio: "Health Secretary"), or a noun qualified before it ("the lanky professor")
    may be anyone; else the role must state it ("Union boss Jo Ames spoke. The minister
    said" is not Ames)."""
    role = (entity.role or "").lower() if entity is not None else ""
    if stated_only and (
        not role or _qualified(noun) or _family_only(role) or set(role.split()) & lex.portfolios
    ):
        return True
    if noun.lower_ in STANDINGS:
        return True
    past = bool({t.lower_ for t in role_modifiers(noun)} & PAST_QUALIFIERS)
    # "Former soap actress, 52": the noun may end a phrase of the role, before its comma
    named = noun.lower_ in role_terms(role) or names_role(noun.lower_, role)
    named = named or police_rank(noun.lower_, role)  # "the officer" of a sergeant
    return not is_role_noun(noun, lex) or named or past


def _family_only(role: str) -> bool:
    """Whether a stated role gives only family and age ("mother-of-one, 47"): no trade or
    office, so it rules out no description ("the actress") as another role would."""
    for part in role.split(","):
        words = part.replace("-", " ").split()
        family = len(words) == 3 and words[0] in PARENT_NOUNS and words[1] == "of"
        if not (family or part.strip().isdigit()):
            return False
    return True


def _qualified(noun: Token) -> bool:
    """Whether words before a role noun qualify it ("the lanky professor", "the Cabinet
    minister"): news varies its words for someone just named so. Only the bare noun ("the
    minister") is an office that a stated role ("union leader") can rule out."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i for c in noun.children)
