"""Who "the Tory MP" is when the story states the role with the party's other name.

A stated role names a party one way ("Conservative MP for Ashby") and the role noun
that takes the person up another ("the Tory MP told the Echo"), so the search by role,
which wants every word of the phrase in the role, finds no one. Read with the party's
other name, the phrase is the one person named before whose stated role holds it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.entities import Entity
from generator.extract.referent_roles import PAST_QUALIFIERS
from generator.extract.speaker_names import role_modifiers
from generator.extract.speech import ROLE_QUALIFIERS
from generator.extract.speech_offices import role_holds

__all__ = ["party_holder"]

#: A party's word and its other name, both ways: "Tory" is "Conservative".
_OTHER_NAMES: dict[str, str] = {
    "tory": "conservative",
    "conservative": "tory",
    "gop": "republican",
    "republican": "gop",
    "democrat": "democratic",
    "democratic": "democrat",
}


def party_holder(noun: Token, people: Sequence[Entity]) -> Entity | None:
    """The one person of ``people`` whose stated role holds the role noun's phrase with
    its party word read as the party's other name ("the Tory MP": "Conservative MP for
    Ashby"), when the phrase has such a word and says nothing of a past office."""
    said = [t.lower_ for t in role_modifiers(noun)]
    if set(said) & PAST_QUALIFIERS or not set(said) & _OTHER_NAMES.keys():
        return None
    words = [_OTHER_NAMES.get(w, w) for w in said if w not in ROLE_QUALIFIERS]
    found = {id(p): p for p in people if p.role and role_holds(p.role, words)}
    return next(iter(found.values())) if len(found) == 1 else None
