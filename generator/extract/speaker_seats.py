"""Who "the Tory MP" refers back to: the one person named before who holds a seat.

"Jo Ames, the MP for Kelby, ... the Tory MP told the Commons": a party's or a place's
name before a noun for a member of an elected house says which member, and often one the
story's stated role for that person leaves out ("MP for Kelby" gives no party).
`person_by_role` wants every such word in the stated role, so it finds no one; this reads
the noun alone when the one person named before whose role the noun heads states no
other word of that kind ("Labour MP for Kelby" is not "the Tory MP").

Only capitalised words before the noun are read so: a lower-case one ("the rebel MP",
"the new MP") may set someone else apart, and a place the NER tagged as one counts only
when the role names no place of its own ("the Dornwick MP" is not the "MP for Kelby").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import PERSON, Entity
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import ROLE_QUALIFIERS
from generator.extract.speech_offices import deputy_of, role_terms

__all__ = ["seat_holder"]

#: Nouns for a member of an elected house: a party or a seat's place may qualify them.
SEAT_NOUNS = frozenset(
    [
        "mp",
        "msp",
        "mep",
        "am",
        "councillor",
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
    ]
)
#: NER labels of a place's name.
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
#: Words after a seat noun in a role that open the place it is held for ("MP for Kelby").
_SEAT_TAILS = frozenset(["for", "of", "from"])


def seat_holder(noun: Token, named_before: Sequence[Entity]) -> Entity | None:
    """The one person named before whose stated role the seat noun heads, when every
    capitalised word before the noun that the role lacks is a party's or a place's name
    the role does not contradict; else None."""
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
    names_place = any(w in _SEAT_TAILS for w in terms[terms.index(noun.lower_) + 1 :])
    for token in said:
        if token.lower_ in terms or token.lower_ in ROLE_QUALIFIERS:
            continue
        if token.ent_type_ in _PLACE_LABELS and names_place:
            return None  # "the Dornwick MP" is not the "MP for Kelby"
    return holders[0]
