"""Who holds the office a role noun names, for the descriptions that refer back by it.

"The Vermont senator said", when the story named a senator only as "Senator Dale Orrin
of Vermont": no stated role holds "Vermont senator", but one person named before holds
the office, and the words that set it apart stand in the sentence that named them.
"The trust's treasurer" is the one person the story ties to the trust; "the chancellor"
is nobody whose stated role is only the shadow or deputy office.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from spacy.tokens import Span, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.role_phrases import person_noun
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import ROLE_QUALIFIERS, QuoteText
from generator.extract.speech_offices import (
    OFFICE_MODIFIERS,
    TITLE_WORDS,
    deputy_of,
    role_holds,
    role_terms,
    titled_as,
)

__all__ = [
    "current_holder",
    "holder_by_words",
    "holder_in_context",
    "holds_office",
    "lesser_office",
    "may_hold",
    "member_of_body",
    "office_elsewhere",
    "only_held_before",
    "past_holder",
]

#: Words by which a role noun names an office its person held before, not now.
PAST_QUALIFIERS = frozenset(["former", "then", "late", "outgoing", "ex"])
#: Words before a body's name by which a name or a stated role says whose person it is
#: ("Jo Ames of Acme", "director at Acme", "lawyer for Acme").
MEMBER_PREPOSITIONS = frozenset(["of", "at", "for", "from", "with"])


def holder_in_context(noun: Token, people: Sequence[Entity], quoted: QuoteText) -> Entity | None:
    """The one person named before a role noun who holds its office (as a title or a
    stated role) and in whose naming sentence, outside quotes, every capitalised word
    before the noun stands ("the Vermont senator": "Senator Dale Orrin of Vermont")."""
    marks = [
        t.lower_
        for t in role_modifiers(noun)
        if t.i != noun.i and t.lower_ not in ROLE_QUALIFIERS and t.text[:1].isupper()
    ]
    if not marks:
        return None
    found = {
        id(p): p for p in people if _holds(p, noun.lower_) and _said_with(p, marks, noun, quoted)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def office_elsewhere(noun: Token, person: Entity, people: Sequence[Entity]) -> list[Entity]:
    """The other people the story gives the office a role noun names, named before or
    after (as title or stated role), when the person found for it holds no such office:
    "Tom Ames said he was held. The home secretary said ... Home Secretary Ann Vell" is
    not Tom Ames. Empty for a past office ("the former harbour master"), which many have
    held."""
    modifiers = {t.lower_ for t in role_modifiers(noun)}
    if modifiers & PAST_QUALIFIERS:
        return []
    words = [noun.lower_, *sorted(modifiers - ROLE_QUALIFIERS - {noun.lower_})]
    if holds_office(person, noun.lower_, words):
        return []
    return [p for p in people if p is not person and holds_office(p, noun.lower_, words)]


def current_holder(holders: Sequence[Entity], noun: Token) -> Entity | None:
    """The one person of ``holders`` whose stated role or title gives the office as theirs
    now: not "former home secretary Jo Ames" for "the home secretary"."""
    current = [p for p in holders if not past_holder(p, noun.lower_)]
    return current[0] if len(holders) == 1 and len(current) == 1 else None


def holds_office(person: Entity, noun: str, words: list[str]) -> bool:
    """Whether a title headed by ``noun`` before one of the person's names, or their stated
    role, holds every word of ``words`` and is no deputy or shadow of that office."""
    role = person.role or ""
    return titled_as(person, noun, words) or bool(role and role_holds(role, words))


def past_holder(person: Entity, noun: str) -> bool:
    """Whether the person's stated role, or a title before one of their names, says the
    office was theirs before ("former", "then", "ex-Tory", ...)."""
    if any(_past_word(w) for w in role_terms(person.role or "")):
        return True
    for mention in person.mentions:
        start, doc = mention.span.start, mention.span.doc
        if start > 0 and doc[start - 1].lower_ == noun:
            title = {t.lower_ for t in doc[max(0, start - TITLE_WORDS) : start]}
            if title & PAST_QUALIFIERS:
                return True
    return False


def only_held_before(person: Entity, noun: Token) -> bool:
    """Whether the person's stated role gives the office a role noun names only as held
    before ("former Tory chancellor", "ex-Tory chancellor"), the noun saying no such
    thing: "the chancellor" is whoever holds it now. A past word elsewhere in the role
    ("chancellor, a former banker") leaves the office theirs."""
    if {t.lower_ for t in role_modifiers(noun)} & PAST_QUALIFIERS:
        return False
    parts = [part.split() for part in (person.role or "").lower().split(",")]
    held = [words[: words.index(noun.lower_)] for words in parts if noun.lower_ in words]
    return bool(held) and all(any(_past_word(w) for w in before) for before in held)


def _past_word(word: str) -> bool:
    """Whether a word of a role says "before": "former", "ex-Tory", "then-mayor"."""
    return word in PAST_QUALIFIERS or word.split("-")[0] in PAST_QUALIFIERS


def _holds(person: Entity, noun: str) -> bool:
    """Whether a person holds the office a bare role noun names, as title or stated role."""
    return titled_as(person, noun, [noun]) or bool(person.role and role_holds(person.role, [noun]))


def _said_with(person: Entity, marks: list[str], noun: Token, quoted: QuoteText) -> bool:
    """Whether every word of ``marks`` stands, outside quotes, in the stated role or in
    a sentence that names the person before the noun's own phrase."""
    role = set(role_terms(person.role or ""))
    near: set[str] = set(role)
    for mention in person.mentions:
        if mention.span.start >= noun.left_edge.i:
            continue
        sent = mention.span.sent
        near.update(t.lower_ for t in sent if t.i < noun.left_edge.i and not quoted.inside(t.idx))
    return all(m in near for m in marks)


def holder_by_words(noun: Token, people: Sequence[Entity]) -> Entity | None:
    """The one person named before a role noun whose stated role shares most words with
    the noun's phrase, when it holds the noun itself and one more of its words: "the
    veteran Labour MP" is the "Labour MP for Kelby", though no role says "veteran". A
    deputy or shadow office is another office: the words that say so must agree."""
    words = {
        t.lower_
        for t in role_modifiers(noun)
        if t.is_alpha and not t.is_stop and t.lower_ not in ROLE_QUALIFIERS
    }
    if len(words) < 2:
        return None
    scores: dict[int, tuple[int, Entity]] = {}
    for person in people:
        role = set(role_terms(person.role or ""))
        shared = words & role
        if noun.lower_ not in role or len(shared) < 2:
            continue
        if (role & OFFICE_MODIFIERS) != (words & OFFICE_MODIFIERS):
            continue
        scores[id(person)] = (len(shared), person)
    if not scores:
        return None
    best = max(score for score, _ in scores.values())
    top = [person for score, person in scores.values() if score == best]
    return top[0] if len(top) == 1 else None


def member_of_body(
    noun: Token,
    bodies: Sequence[Entity],
    people: Sequence[Entity],
    owners: Mapping[int, Entity],
    role_words: Collection[str],
) -> Entity | None:
    """The one person of the story tied to one of the organizations a role noun's phrase
    may name ("the trust's treasurer" after "Acme's Jo Ames"), when they are the last
    person named before the noun and their stated role names no other office or person
    ("Acme press officer Jo Ames", "a customer of Acme" are not "the trust's treasurer").
    None when two people are tied to them, or none."""
    tied = {id(p): p for p in people for b in bodies if _tied_to(p, b, owners)}
    if len(tied) != 1:
        return None
    person = next(iter(tied.values()))
    named = {w for b in bodies for form in (b.name, *b.aliases) for w in role_terms(form)}
    held = [w for w in role_terms(person.role or "") if w not in named]
    if noun.lower_ not in held and any(w in role_words or person_noun(w) for w in held):
        return None
    last = next(
        (e for i in range(noun.i - 1, -1, -1) if (e := owners.get(i)) and e.kind == PERSON), None
    )
    return person if last is person else None


def _tied_to(person: Entity, body: Entity, owners: Mapping[int, Entity]) -> bool:
    """Whether the story gives the person as the organization's: a name after the body's
    possessive ("Acme's Jo Ames"), a name followed by a preposition of MEMBER_PREPOSITIONS
    and the body ("Jo Ames of Acme"), or a stated role that names the body first or after
    such a preposition."""
    role = (person.role or "").casefold()
    forms = {body.name.casefold(), *(a.casefold() for a in body.aliases)}
    for form in forms:
        for match in re.finditer(rf"\b{re.escape(form)}\b", role):
            before = [w for w in role[: match.start()].split() if w != "the"]
            if not before or before[-1] in MEMBER_PREPOSITIONS:
                return True
    for mention in person.mentions:
        start, end, doc = mention.span.start, mention.span.end, mention.span.doc
        if start >= 2 and doc[start - 1].tag_ == "POS" and _names(doc[: start - 1], body, owners):
            return True
        if end + 1 < len(doc) and doc[end].lower_ in MEMBER_PREPOSITIONS:
            after = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            if _names(doc[after:], body, owners, ending=False):
                return True
    return False


def _names(tokens: Span, body: Entity, owners: Mapping[int, Entity], ending: bool = True) -> bool:
    """Whether the tokens end (or, not ``ending``, begin) with a mention of the body, or
    with its name or an alias written as the story wrote it where the NER missed it."""
    if not len(tokens):
        return False
    edge = tokens[-1] if ending else tokens[0]
    if owners.get(edge.i) is body:
        return True
    for form in {body.name, *body.aliases}:
        size = len(form.split())
        part = tokens[len(tokens) - size :] if ending else tokens[:size]
        if len(tokens) >= size and part.text == form:
            return True
    return False


def lesser_office(entity: Entity, noun: Token) -> bool:
    """Whether the person's stated role is a shadow or deputy of the office the noun names,
    which the description does not say: "Shadow chancellor Ann Vell spoke. The chancellor
    said" is someone else."""
    held = role_terms(entity.role or "")
    return noun.lower_ in held and deputy_of(held, {t.lower_ for t in role_modifiers(noun)})


def may_hold(entity: Entity, noun: Token) -> bool:
    """Whether a person may hold the office a role noun names: a stated role, the noun as
    a title before one of their names, or a story that names them more than once (its
    subject, whose office the text may take as known)."""
    if entity.role or len(entity.mentions) > 1:
        return True
    return titled_as(entity, noun.lower_, [noun.lower_])
