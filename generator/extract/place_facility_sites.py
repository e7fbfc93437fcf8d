"""A name after a site's noun and "at" is where that site stands: "a gas plant at Kelby",
"the oilfields at Varnak", "a storage depot at Tarnby".

No table knows most of the towns, fields and terminals such plants stand at, and the model
reads many of them as bodies. A site is built or dug somewhere, so the name it stands "at",
"near", "outside" or "off" is a place; a body or a person is a place of work, which the
news writes with a noun of people ("an analyst at Tarnco"), never with a site's noun.
"in" is left out: "the district in Congress" is represented in a body.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon, singulars
from generator.extract.place_noun_words import place_noun

#: Nouns of works built to make, store, ship or treat things, which stand at a place.
_SITE_NOUNS = frozenset(
    {"plant", "refinery", "factory", "depot", "terminal", "facility", "smelter", "mill"}
    | {"works", "reactor", "installation", "platform", "rig", "warehouse", "school"}
    | {"hospital", "jail", "barracks", "shipyard", "dockyard", "complex"}
)
#: Prepositions that set a site beside a place.
_BESIDE = frozenset({"at", "near", "outside", "off"})


def _site_noun(word: str) -> bool:
    """Whether a lower-case word is a site's noun or its plural ("plants", "refineries")."""
    return any(form in _SITE_NOUNS for form in singulars(word))


def site_stands_at(span: Span, lex: Lexicon) -> bool:
    """Whether a name is the object of "at" (or "near", "outside", "off") after a site's noun
    or a place noun in lower case: "a gas plant at Kelby", "the camp near Varnak". The noun
    governs the preposition, or stands just before it where the parse hangs the preposition
    on the verb ("a fire put a plant at Kelby out of use")."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _BESIDE or prep.i == 0:
        return False
    nouns = (prep.head, span.doc[prep.i - 1])
    return any(
        noun.is_lower
        and noun.i < prep.i
        and noun.pos_ == "NOUN"
        and (_site_noun(noun.lower_) or place_noun(noun, lex))
        for noun in nouns
    )
