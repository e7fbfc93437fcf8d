"""Who holds the office a short or informal role noun names: "the PM", "the premier".

News names an office in full where it names its holder ("Prime Minister Tom Vell",
"Ann Roke, the chief executive") and refers back to it by a shorter or looser word:
"the PM replied", "the premier said" (British style for a prime minister), "the CEO
wrote". No stated role or title holds that word, so the plain search by role finds no
one; the full form it stands for does.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import Entity
from generator.extract.referent_roles import PAST_QUALIFIERS, holds_office, past_holder
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import ROLE_QUALIFIERS

__all__ = ["FULL_FORMS", "short_form_holder"]

#: The full office each short or informal role noun stands for, head last.
FULL_FORMS: dict[str, tuple[str, ...]] = {
    "pm": ("prime", "minister"),
    "premier": ("prime", "minister"),
    "ceo": ("chief", "executive"),
}


def short_form_holder(noun: Token, people: Sequence[Entity]) -> Entity | None:
    """The one person of ``people`` (those named before the noun) whose stated role or
    title holds the full office a short role noun stands for, and every other word of
    the noun's phrase ("the Tory PM": a Tory prime minister), who holds it now: "former
    Prime Minister Jo Ames" is not "the PM", and leaves the one who holds it now. None
    for a past office ("the former PM"), and when anyone named holds the noun itself as
    an office ("the premier" of a story with a Premier is that premier, or no one)."""
    full = FULL_FORMS.get(noun.lower_)
    if full is None:
        return None
    modifiers = {t.lower_ for t in role_modifiers(noun) if t.i != noun.i}
    if modifiers & PAST_QUALIFIERS:
        return None
    noun_holders = [p for p in people if holds_office(p, noun.lower_, [noun.lower_])]
    if any(not past_holder(p, noun.lower_) for p in noun_holders):
        return None
    words = [*full, *sorted(modifiers - ROLE_QUALIFIERS - set(full))]
    holders = {id(p): p for p in people if holds_office(p, full[-1], words)}
    current = [p for p in holders.values() if not past_holder(p, full[-1])]
    return current[0] if len(current) == 1 else None
