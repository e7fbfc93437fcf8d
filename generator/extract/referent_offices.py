"""Who "the Prime Minister" is when the story never states the office of anyone.

News often names the head of a government by name alone ("Tom Vell opened the dock")
and then refers to them by the office ("'...,' the Prime Minister went on"), taking the
office as known. No stated role or title holds it, so the search by role finds no one;
and the sentence just before is often about a thing ("The dock cost ..."), so the
search for the main subject just before finds no one either. The person is the nearest
main subject of the narrative before who is a person that may hold the office: reading
back past sentences about things, and past people whose stated role is another office
("She said ..." of the opposition leader the PM answers), it stops at anyone else.

Only the few offices of which a story has one holder and which it names by the office
alone are read so: "the officer said" after "Tom Vell was arrested" is someone else.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import Entity
from generator.extract.lexicon import Lexicon
from generator.extract.referent_missed_organizations import person_word
from generator.extract.referent_nouns import member_noun, one_person
from generator.extract.referent_roles import (
    PAST_QUALIFIERS,
    holds_office,
    only_held_before,
    past_holder,
)
from generator.extract.referent_short_forms import FULL_FORMS
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import ROLE_QUALIFIERS, words
from generator.extract.speech_offices import ONE_HOLDER_OFFICES, role_holds

__all__ = [
    "OFFICE_SENTENCES",
    "THING_WORDS",
    "Verdict",
    "held_by_anyone",
    "held_now",
    "office_words",
    "people_noun",
    "verdict",
]

#: How many narrative sentences before the office noun the search reads back.
OFFICE_SENTENCES = 4

#: Subject pronouns for things: a sentence about one is read past.
THING_WORDS = frozenset(["it", "this", "that", "there", "which", "what"])

#: What a main subject before tells the search: the person, go on reading back, or stop.
Verdict = Entity | bool


def office_words(noun: Token) -> list[str] | None:
    """The words of the office a definite role noun names, full form first ("the PM":
    prime minister), when the office is one that a story has one holder of and the
    phrase says nothing more of it ("the former PM", "the Tory chancellor", "the Acme
    president" name some other); else None."""
    head = noun.lower_
    needed = ONE_HOLDER_OFFICES.get(head)
    if needed is None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ in ("poss", "prep", "appos") for c in noun.children):
        return None
    modifiers = {t.lower_ for t in role_modifiers(noun) if t.i != noun.i}
    if modifiers & PAST_QUALIFIERS or modifiers - ROLE_QUALIFIERS - set(needed):
        return None
    if not set(needed) <= modifiers:
        return None
    full = FULL_FORMS.get(head)
    return list(full) if full is not None else [*needed, head]


def held_by_anyone(words: list[str], people: Sequence[Entity]) -> bool:
    """Whether the story gives anyone the office, now or before, as title or stated role:
    then the search by role, not this one, says who "the president" is."""
    return any(holds_office(p, words[-1], words) for p in people)


def held_now(words: list[str], people: Sequence[Entity], noun: Token) -> bool:
    """Whether the story gives anyone the office as theirs now: "Len Moss, a former
    chancellor" leaves "the chancellor" to this search, since the search by role never
    gives it to him (`referent_roles.only_held_before`)."""
    return any(
        holds_office(p, words[-1], words) and not _held_before(p, words, noun) for p in people
    )


def _held_before(person: Entity, words: list[str], noun: Token) -> bool:
    """Whether the person is given the office only as held before: by their stated role
    ("ex-Tory chancellor"), or, with no stated role that holds it, by a past title
    ("former Chancellor Len Moss")."""
    if only_held_before(person, noun):
        return True
    role = person.role or ""
    return not (role and role_holds(role, words)) and past_holder(person, words[-1])


def verdict(person: Entity, may_hold: bool) -> Verdict:
    """What a person who is the main subject before tells the search for the holder of
    an office no one is stated to hold: reading on (False) when the story states their
    role, which then is something else; the person, when they may hold it (`may_hold`:
    named more than once, so a subject of the story); else stop (True)."""
    if person.role:
        return False
    return person if may_hold else True


def people_noun(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun names a person or people ("the officer", "ministers", "voters"): a
    sentence about them stops the search, one about a thing does not."""
    lower = noun.lemma_.lower()
    return (
        one_person(noun, lex)
        or lower in lex.role_words
        or person_word(lower)
        or lower in words().unnamed_roles
        or member_noun(noun, lex)
    )
