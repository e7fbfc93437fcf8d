"""A town listed after a place and a preposition of place, read by the words, not the parse:
"shoppers in Tarnby and Kelby said", "judges in Varna, Ostrov and Kelby".

The parse often hangs the second name of such a list on the noun before the preposition
("shoppers ... and Kelby"), so the name seems to be no object of "in", and the model may read
it as a body's. The words are plain, though: a preposition of place, then names parted by
commas and "and" or "or", one of them already a place. A name of the list that the gazetteer
knows is then one more place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import cues

#: Words that part the members of a list.
_SEPARATORS = frozenset({",", "and", "or"})
#: Most words a list may hold before the name: four members of up to three words each.
_REACH = 16
#: Labels of the model for a place.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def listed_after_locative(span: Span) -> bool:
    """Whether a name stands in a list of names that opens right after a preposition of
    place ("in", "at", "near", ...), with at least one separator between the preposition
    and the name and at least one other member the model tagged as a place."""
    doc = span.doc
    parted = placed = False
    i = span.start - 1
    while i >= max(span.start - _REACH, 0):
        token = doc[i]
        if token.lower_ in _SEPARATORS:
            parted = True
        elif _name_word(token):
            placed = placed or token.ent_type_ in _PLACE_LABELS
        else:
            break
        i -= 1
    else:
        return False
    opener = doc[i] if i >= 0 else None
    return (
        opener is not None
        and opener.lower_ in cues().locative
        and parted
        and placed
        and doc[i + 1].lower_ not in _SEPARATORS
    )


def _name_word(token: Token) -> bool:
    """A capitalised word of a name, or a hyphen inside one ("Piatra-Neamt")."""
    return (token.text[:1].isupper() and token.pos_ == "PROPN") or (
        token.text == "-" and not token.whitespace_
    )
