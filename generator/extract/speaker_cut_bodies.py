"""A body whose name the NER cut short: "the Dornwick police department said".

The NER often tags only the place or name that opens a body's phrase ("Dornwick") as an
organization, and the reporting verb's subject, "department", then seemed to name that
organization. When common nouns stand between that name and the subject ("police"), the
phrase names another body, of or in that place, and the cut name would be a wrong speaker.
The speaker is then the organization of the record written as the whole phrase, or nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import ORG, Entity

#: Words that may join the parts of a body's phrase before its head noun.
_JOINING = frozenset(["and", "&", "-"])


def whole_body(subject: Token, named: Entity | None, entities: Sequence[Entity]) -> Entity | None:
    """The speaker a subject names when `named` (found in its phrase) opens it: `named`
    itself unless words stand between its name and a lower-case head noun; then the
    organization written as the whole phrase, else None (a wrong speaker is worse than none).
    """
    if named is None or named.kind != ORG or subject.pos_ != "NOUN" or not subject.is_lower:
        return named
    before = _phrase_before(subject)
    if not before:
        return named
    phrase = " ".join(t.text for t in [*before, subject])
    whole = _written_as(phrase, entities)
    if whole is not None:
        return whole
    name = named.name.casefold()
    opening = " ".join(t.text for t in before).casefold()
    if opening == name or not opening.startswith(name + " "):
        return named  # "the Acme company said", or a phrase the name does not open
    return None


def _phrase_before(subject: Token) -> list[Token]:
    """The words of a subject's phrase right before it, after any article: "Dornwick
    police" of "the Dornwick police department"; none when they are not one unbroken run."""
    doc = subject.doc
    left = [t for t in subject.subtree if t.i < subject.i]
    words = [t for t in left if t.dep_ not in ("det", "poss", "case", "punct")]
    if not words or any(t.dep_ in ("det", "poss") for t in left if t.i > words[0].i):
        return []
    span = doc[words[0].i : subject.i]
    if len(span) != len(words) and any(
        t.lower_ not in _JOINING and t.dep_ != "punct" for t in span if t not in words
    ):
        return []
    return [t for t in span if t.dep_ != "punct" or t.text in _JOINING]


def _written_as(phrase: str, entities: Sequence[Entity]) -> Entity | None:
    """The one organization whose name or alias is the phrase, case aside."""
    key = phrase.casefold()
    found = [
        e
        for e in entities
        if e.kind == ORG and any(f.casefold() == key for f in [e.name, *e.aliases])
    ]
    return found[0] if len(found) == 1 else None
