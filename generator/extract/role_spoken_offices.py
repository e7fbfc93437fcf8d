"""The office by which a story reports a person's words, as their role.

News names a person, goes on about them, then reports their words by the office alone,
taking it as known: "Tom Vell opened the dock. ... '...,' the prime minister said." The
speaker search binds the quote to Tom Vell, but roles are read before quotes, from the
narrator's words about a name, and no such words stand beside his: his role stays empty.

The quote binding is the evidence, so the role is given only when it is sure: the subject
of the verb that reports the quote is "the <role noun>" (not a pronoun, a name or "a
spokesman"), no one else in the story is given that office now (as a title or a stated
role; "former chancellor Ed Poe" does not hold "the chancellor"), and each speaker and
each office go together one way (two offices for one person, or one for two people,
say the binding is unsure).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon
from generator.extract.quote_parts import Quote
from generator.extract.referent_roles import PAST_QUALIFIERS, holds_office, past_holder
from generator.extract.role_nouns import is_role_word
from generator.extract.role_phrases import role_phrase
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import ROLE_QUALIFIERS, QuoteText, listed_saying

__all__ = ["with_spoken_offices"]

#: Subject dependencies of a verb of saying.
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
#: Entity labels of a word that is part of a name ("Chancellor Ed Poe"), not a bare office.
_NAMED = frozenset(["GPE", "PERSON", "ORG"])


def with_spoken_offices(
    doc: Doc, quotes: Sequence[Quote], people: Sequence[Entity], lex: Lexicon
) -> None:
    """Give each person with no role the office that reported their quotes (in place)."""
    offices: dict[int, set[str]] = {}
    speakers: dict[str, set[int]] = {}
    nouns: dict[str, Token] = {}
    quoted = QuoteText(list(quotes))
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.kind != PERSON or speaker.role:
            continue
        office = _reporting_office(doc, quote, quoted, lex)
        if office is None:
            continue
        role = role_phrase(office, range(0), lex)
        if not role:
            continue
        offices.setdefault(id(speaker), set()).add(role)
        speakers.setdefault(role, set()).add(id(speaker))
        nouns[role] = office
    for person in people:
        held = offices.get(id(person), set())
        if len(held) != 1:
            continue
        role = next(iter(held))
        if len(speakers[role]) == 1 and not _held_by_other(nouns[role], person, people):
            person.role = role


def _reporting_office(doc: Doc, quote: Quote, quoted: QuoteText, lex: Lexicon) -> Token | None:
    """The one "the <role noun>" that is the subject of a verb of saying outside quotes
    in the sentences where the quote opens and ends ("'...,' the chancellor said";
    "The chancellor said: '...'"), or None."""
    words = doc.char_span(quote.parts[0][0], quote.parts[-1][1], alignment_mode="expand")
    if words is None or not len(words):
        return None
    first, last = words[0].sent, words[-1].sent
    found: list[Token] = []
    for sent in {first.start: first, last.start: last}.values():
        for verb in sent:
            if not listed_saying(verb, lex) or verb.pos_ not in ("VERB", "AUX"):
                continue
            if quoted.inside(verb.idx) or _reported_within(verb, quoted, lex):
                continue
            subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
            found.extend(s for s in subjects if _office_noun(s, lex) and not quoted.inside(s.idx))
    return found[0] if len(found) == 1 else None


def _reported_within(verb: Token, quoted: QuoteText, lex: Lexicon) -> bool:
    """Whether a verb stands in what another verb of saying outside quotes reports ("Ann
    Vell claimed the prime minister thinks '...'"): the quote is the outer report's, and
    the office inside it is someone she speaks of."""
    return any(listed_saying(a, lex) and not quoted.inside(a.idx) for a in verb.ancestors)


def _office_noun(subject: Token, lex: Lexicon) -> bool:
    """Whether a subject is "the" and a role noun, not a name, nor a phrase that names
    someone in it ("the chancellor, Ed Poe,") or says whose it is by a pronoun."""
    if subject.ent_type_ in _NAMED or not is_role_word(subject, lex):
        return False
    children = list(subject.children)
    if [c.lower_ for c in children if c.dep_ == "det"] != ["the"]:
        return False
    return not any(
        c.dep_ in ("appos", "relcl", "acl") or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in children
    )


def _held_by_other(noun: Token, person: Entity, people: Sequence[Entity]) -> bool:
    """Whether anyone else is given the office a role noun names, as title or stated
    role; one who held it only before does not hold "the chancellor" now."""
    modifiers = {t.lower_ for t in role_modifiers(noun)}
    words = [noun.lower_, *sorted(modifiers - ROLE_QUALIFIERS - {noun.lower_})]
    past = bool(modifiers & PAST_QUALIFIERS)
    return any(
        other is not person
        and other.kind == PERSON
        and holds_office(other, noun.lower_, words)
        and (past or not past_holder(other, noun.lower_))
        for other in people
    )
