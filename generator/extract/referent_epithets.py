"""A description the role step read as a person's role, met again as a subject.

"Fans cheered after soap actress Kay Vell spoke out. The former Elm Row star, 41,
shared a post. '...,' she wrote": the name stands in a clause the pronoun search
does not read as the sentence's subject, and the subject it meets is a description.
The role step (`role_later`) took that description up as the role of the person just
named, so a definite subject whose words are one of the stated roles of exactly one
person named before it refers to that person.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity

__all__ = ["epithet_holder"]

#: Dependencies of words in a description's phrase that say nothing of whom it describes.
_LEFT_OUT = frozenset(["det", "punct", "nummod"])


def _folded(text: str) -> str:
    """Letters and digits only, lower case: "Mother-of-two" and "mother - of - two" agree."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _phrase(noun: Token) -> str:
    """The words of a description from its first word to its noun, without "the" or a
    number ("The former Elm Row star, 41," gives "formerelmrowstar"), running on through
    words the noun is hyphened to ("the mother-of-two")."""
    doc = noun.doc
    end = noun.i
    while end + 1 < len(doc) and not doc[end].whitespace_ and _hyphened(doc[end], doc[end + 1]):
        end += 1
    words = doc[min(noun.left_edge.i, noun.i) : end + 1]
    return _folded(" ".join(t.text for t in words if t.dep_ not in _LEFT_OUT))


def _hyphened(before: Token, after: Token) -> bool:
    """Whether two touching tokens are parts of one hyphened word ("mother", "-", "of")."""
    return after.text == "-" or (before.text == "-" and after.is_alpha)


def _roles(person: Entity) -> set[str]:
    """The parts of a person's stated role ("soap actress, former Elm Row star")."""
    return {_folded(part) for part in (person.role or "").split(",") if _folded(part)}


def _named_before(person: Entity, noun: Token) -> bool:
    """Whether a mention of the person's name comes before the noun in the text."""
    return any(m.span.start_char < noun.idx for m in person.mentions)


def epithet_holder(noun: Token, people: Iterable[Entity]) -> Entity | None:
    """The one person named before a definite description whose stated role is its words
    ("the former Elm Row star"), or None. A description two people's roles share, or a
    bare noun of one word that is most often someone's office ("the mayor"), is left to
    the searches that read offices: here only a description the role step took up from
    the text. The description must open with "the" (an indefinite one is someone new)."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    phrase = _phrase(noun)
    if not phrase or phrase == _folded(noun.text):
        return None  # one bare word ("the star"): too common a word to tie to one role
    holders = [
        person
        for person in people
        if person.kind == PERSON and phrase in _roles(person) and _named_before(person, noun)
    ]
    return holders[0] if len(holders) == 1 else None
