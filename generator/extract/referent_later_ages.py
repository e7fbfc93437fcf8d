"""Who an age description in a lede refers to when the text states that age only later.

"A cyclist was left with broken ribs. '...,' the 52-year-old told the paper. / The
victim, Tom Vell, 52, was flown to hospital": popular papers put a quote before the name
of the person the story is about, and give that person's age with the name that follows.
When no one named before the description can be it (nobody is named before it outside
quotes), the one person the text gives that age afterwards is whom it refers to; two
such people, or anyone named before, leave it to no one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.referent_ages import stated_ages
from generator.extract.referent_nouns import age_of

__all__ = ["later_aged"]


def later_aged(
    noun: Token,
    people: Sequence[Entity],
    quoted: Callable[[int], bool],
    fits: Callable[[Entity, Token], bool],
) -> Entity | None:
    """The one person given the description's age after it, when no person is named
    outside quotes before the description and the noun can be them (``fits`` reads a
    person against the noun: sex)."""
    age = age_of(noun)
    if age is None:
        return None
    named_before = any(
        m.span.start < noun.i and not quoted(m.span.start_char)
        for p in people
        if p.kind == PERSON
        for m in p.mentions
    )
    if named_before:
        return None
    end = len(noun.doc)
    aged = [p for p in people if p.kind == PERSON and age in stated_ages(p, end)]
    if len(aged) != 1 or not fits(aged[0], noun):
        return None
    return aged[0]
