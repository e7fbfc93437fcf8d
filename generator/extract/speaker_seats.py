"""Who "the Tory MP" refers back to: the one person named before who holds a seat.

"Jo Ames, the MP for Kelby, ... the Tory MP told the Commons": a party's name before a
noun for a member of an elected house says which member, and often one the story's
stated role for that person leaves out ("MP for Kelby" gives no party).
`person_by_role` wants every such word in the stated role, so it finds no one; this reads
the noun alone when the one person named before whose role the noun heads states no
other party ("Labour MP for Kelby" is not "the Tory MP").

Only a word the NER tagged as a body or a group counts so: a lower-case one ("the rebel
MP") may set someone else apart, and a place no stated role gives ("the Kestrel
senator") is someone else's seat (`test_referent_roles`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import ROLE_QUALIFIERS
from generator.extract.speech_offices import deputy_of, role_terms

__all__ = ["seat_holder"]

#: Nouns for a member of a British elected house, which news qualifies by party ("the
#: Tory MP"). Not "senator" and its kin: "the Kestrel senator" names a state, which the
#: NER may tag as a body (`test_referent_roles`).
SEAT_NOUNS = frozenset(["mp", "msp", "mep", "am", "councillor"])
#: NER labels of a party's name ("Tory" is tagged a body, "Democratic" a group).
_PARTY_LABELS = frozenset(["ORG", "NORP"])


def seat_holder(noun: Token, named_before: Sequence[Entity]) -> Entity | None:
    """The one person named before whose stated role the seat noun heads, when every
    word before the noun that the role lacks is a party's name and the role states no
    other; else None."""
    if noun.lower_ not in SEAT_NOUNS or (not noun.text.isupper() and not noun.is_lower):
        return None
    said = [t for t in role_modifiers(noun) if t.i != noun.i]
    if any(t.lower_ not in ROLE_QUALIFIERS and not t.text[:1].isupper() for t in said):
        return None  # "the rebel MP": a word that may set someone else apart
    holders = [
        p for p in named_before if p.kind == PERSON and noun.lower_ in role_terms(p.role or "")
    ]
    if len(holders) != 1:
        return None
    role = holders[0].role or ""
    terms = role_terms(role)
    before = terms[: terms.index(noun.lower_)]
    said_words = {t.lower_ for t in said}
    if deputy_of(terms, said_words) or not set(before) <= said_words | ROLE_QUALIFIERS:
        return None  # "Labour MP for Kelby" is not "the Tory MP"
    for token in said:
        if token.lower_ in terms or token.lower_ in ROLE_QUALIFIERS:
            continue
        if token.ent_type_ not in _PARTY_LABELS:
            return None  # "the Kestrel senator": a place no stated role gives is elsewhere
    return holders[0]
