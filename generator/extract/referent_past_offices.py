"""Who "the former deputy mayor" is when the text states who held the office before.

A story often names someone by a current role ("the Democratic nominee") and states in
passing an office held before: "when Jo Ames served as deputy mayor", "Ames
was treasurer from 2012 to 2019", "Jo Ames, who was mayor until May". No stated role
or title gives that office, so the search by role finds no one when the story then
writes "'...,' the former deputy mayor said". The person is the one the text
states, before the noun, as the subject of a past-tense "was <office>" or "was serving
(served, worked) as <office>" with the same words of the office ("deputy mayor", not
"mayor"). Two such people, or none, give None.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.quote_lemmas import lemma
from generator.extract.referent_roles import PAST_QUALIFIERS
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import ROLE_QUALIFIERS

__all__ = ["stated_past_holder"]

#: Verbs by which "<person> served as <office>" states an office held.
_AS_VERBS = frozenset(["serve", "work", "act"])

#: Relative pronouns that stand for the noun a clause qualifies ("Jo Ames, who was ...").
_RELATIVES = frozenset(["who", "that"])


def stated_past_holder(
    noun: Token, owners: dict[int, Entity], quoted: Callable[[int], bool]
) -> Entity | None:
    """The one person the narrative before a role noun of a past office ("the former vice
    president") states held that office, in a past-tense clause; else None."""
    words = _office(noun)
    if words is None:
        return None
    found: dict[int, Entity] = {}
    for token in noun.doc[: noun.i]:
        if token.lower_ != noun.lower_ or quoted(token.idx) or _office(token, True) != words:
            continue
        holder = _past_subject(token, owners)
        if holder is not None:
            found[id(holder)] = holder
    return next(iter(found.values())) if len(found) == 1 else None


def _office(noun: Token, any_tense: bool = False) -> tuple[str, ...] | None:
    """The words of the office a role noun names, qualifiers left out ("deputy mayor"),
    when a qualifier says it was held before (or ``any_tense``) and no phrase after it
    names whose office it is ("the former president of the club"); else None."""
    if any(c.dep_ in ("prep", "poss", "appos") for c in noun.children):
        return None
    modifiers = sorted(role_modifiers(noun), key=lambda t: t.i)
    lowered = [t.lower_ for t in modifiers]
    if not any_tense and not set(lowered) & PAST_QUALIFIERS:
        return None
    return tuple(w for w in lowered if w not in ROLE_QUALIFIERS | PAST_QUALIFIERS and w != "-")


def _past_subject(office: Token, owners: dict[int, Entity]) -> Entity | None:
    """The person a past-tense clause states held the office ("Ames was treasurer", "while
    Ames served as deputy mayor", "Ames, who was mayor"), or None."""
    if office.dep_ == "attr" and office.head.lemma_ == "be":
        verb = office.head
    elif (
        office.dep_ == "pobj"
        and office.head.lower_ == "as"
        and (office.head.head.lemma_ == "be" or lemma(office.head.head) in _AS_VERBS)
    ):
        verb = office.head.head
    else:
        return None
    tenses = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ == "aux")]
    if "VBD" not in tenses or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    owner = owners.get(subject.i)
    return owner if owner is not None and owner.kind == PERSON else None
