"""A state's body that news names by a people's or a country's word before its noun.

"The Dutch embassy said", "the US government denied it", "In a statement, the
Ruritanian army said": no entity owns such a phrase (the NER takes "Dutch" for a people
and "US" for a place), yet the words name one body, which speaks as an organization, and
an "it" after it ("..., it said") is that body, as is a spokesman's ("a Welsh government
spokeswoman"). The noun must be one that news uses for a state's own body, in lower case,
with a capitalised word right before it as its modifier and no possessive owner; a bare
"the government" names no one body and is left to the reference search. A country's or
town's name that owns the noun says whose body it is too ("Tarnland's foreign ministry
said", `owned_state_body`): the whole phrase, owner first, names it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.speaker_bodies import phrase_back
from generator.extract.speech import definite

__all__ = [
    "STATE_BODY_NOUNS",
    "owned_state_body",
    "spoken_for_state",
    "state_body_named_before",
    "state_body_phrase",
]

#: Nouns for a body of a state, which a people's or country's word before them names.
STATE_BODY_NOUNS = frozenset(["government", "embassy", "consulate", "army", "military", "navy"])
#: State body nouns that a bare definite use refers back by ("the army said" after "the
#: Ruritanian army"); "the government" bare is most often the writer's own country's.
REFERRING_NOUNS = STATE_BODY_NOUNS - {"government"}
#: Dependencies by which a word before the noun qualifies it ("US", "Dutch").
_MODIFIER_DEPS = frozenset(["compound", "amod", "nmod"])
#: Parts of speech of a capitalised modifier that names a people or a place.
_NAMING_POS = frozenset(["PROPN", "ADJ"])
#: NER labels of a people's or a place's word.
_PEOPLE_OR_PLACE = frozenset(["NORP", "GPE", "LOC"])
#: Prepositions by which a spokes noun names whom it speaks for ("a spokesman for the ...").
_FOR = frozenset(["for", "of", "from", "at"])


def state_body_phrase(noun: Token) -> Span | None:
    """ "Dutch embassy" of "the Dutch embassy said": the noun and the words right before
    it that modify it, when the noun is a state body noun in lower case that no possessive
    owns and one modifier is a capitalised people's or place's word; else None."""
    if noun.lower_ not in STATE_BODY_NOUNS or not noun.text.islower():
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "Chad's Paris embassy": the owner, not the town, says whose it is
    doc = noun.doc
    start = noun.i
    while start > 0:
        before = doc[start - 1]
        if before.dep_ not in _MODIFIER_DEPS or not before.is_alpha:
            break
        if not start <= before.head.i <= noun.i:
            break
        start -= 1
    modifiers = doc[start : noun.i]
    named = [t for t in modifiers if _names_people_or_place(t)]
    if not named or any(t.ent_type_ == "PERSON" for t in modifiers):
        return None  # "the Vell government": a leader's, named after a person
    return doc[start : noun.i + 1]


#: Nouns for a state's body that a country owns in news ("Tarnland's foreign ministry").
OWNED_NOUNS = STATE_BODY_NOUNS | {"ministry"}
#: NER labels of a country or town that owns a body.
_PLACE_LABELS = frozenset(["GPE"])


def owned_state_body(noun: Token) -> Span | None:
    """ "Tarnland's foreign ministry" of "Tarnland's foreign ministry said", with its "of"
    phrase ("Tarnland's ministry of transport"): a state body noun in lower case owned by a
    country's or town's name, which says whose body it is; None for any other owner ("Lee's
    ministry") or noun."""
    if noun.lower_ not in OWNED_NOUNS or not noun.text.islower():
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ not in _PLACE_LABELS or not owner.text[:1].isupper():
        return None
    if any(t.is_punct for t in noun.doc[owner.left_edge.i : noun.i]):
        return None  # "Lee, Tarnland's ...": the parse ran over a name set off
    end = noun.i + 1
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and of.i == end and any(c.dep_ == "pobj" for c in of.children):
        end = of.right_edge.i + 1
    return noun.doc[owner.left_edge.i : end]


def _names_people_or_place(token: Token) -> bool:
    """A capitalised modifier that names a people or a place: not one capitalised only as
    its sentence's first word ("Local government spokesmen said")."""
    if not token.text[:1].isupper() or token.pos_ not in _NAMING_POS:
        return False
    return not token.is_sent_start or token.ent_type_ in _PEOPLE_OR_PLACE


def spoken_for_state(spokes: Token) -> Token | None:
    """The state body noun a spokes noun speaks for in its own phrase: "government" of "a
    Scottish government spokesman" or of "a spokeswoman for the Dutch government"; None
    when its phrase holds none (`state_body_phrase` then says whether the words name one)."""
    for child in spokes.children:
        if child.dep_ in _MODIFIER_DEPS and child.lower_ in STATE_BODY_NOUNS:
            return child
        if child.dep_ == "prep" and child.lower_ in _FOR:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lower_ in STATE_BODY_NOUNS:
                    return obj
    return None


def state_body_named_before(noun: Token, text: str, quoted: Callable[[int], bool]) -> Span | None:
    """For a bare definite state body noun ("the army said", not "the government"), the
    latest phrase before it that names such a body with the same noun ("the Ruritanian
    army"), read back through the bare mentions between (`speaker_bodies.phrase_back`);
    None when none does or the noun has modifiers of its own."""
    if noun.lower_ not in REFERRING_NOUNS or not definite(noun):
        return None
    if any(c.dep_ in _MODIFIER_DEPS or c.dep_ == "poss" for c in noun.children):
        return None
    return phrase_back(noun, text, quoted, state_body_phrase)
